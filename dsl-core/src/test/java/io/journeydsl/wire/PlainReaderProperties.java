package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.BundlePaths;
import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.wire.ModelArbitraries.Options;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The bundle reader's generated readers change nothing but speed. A bundle of every object type in
 * plain wire JSON (any enum value, every value shape, sparse or full) is read by them without bailing,
 * into the value the strict mapper reads, which writes the same text; the one exception is free-form
 * JSON (an open action's {@code configurationFields}), which they leave to the mapper, as they leave
 * unknown fields, rather than build JSON trees themselves. And any document, however
 * broken (a field nulled or given another kind of token, an unknown field at any depth, a null list
 * element, numbers at the edges of their types and in every spelling, duplicate keys, bad syntax,
 * input beyond the parser's limits), gives through {@link JourneyConfig#fromJson} the same value, or
 * the same error with the same message, path, line and column, as the mapper alone.
 */
class PlainReaderProperties {
  private static final List<Class<?>> BUNDLE_TYPES = List.of(JourneySegment.class, Outcome.class,
      ActionTemplate.class, ActionMap.class, JourneyAggregationQuery.class);
  private static final List<String> KEYS = List.of("segments", "outcomes", "actionTemplates", "actionMaps", "aggregateQueries");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Writes the test documents; it writes raw values (number spellings, deep nesting) as they are. */
  private static final ObjectMapper TEXT = new ObjectMapper();

  @Property(tries = 100)
  void plainBundlesAreReadWithoutBailingIntoTheMappersValue(@ForAll("plainBundles") ObjectNode generated,
      @ForAll boolean pretty, @ForAll("rarely") boolean keepFreeForm) throws JsonProcessingException {
    ObjectNode bundle = generated.deepCopy();
    if (!keepFreeForm) {
      // Else nearly every full action map would hold some, and leave the rest of it unchecked here.
      bundle.findParents("configurationFields").forEach(parent -> ((ObjectNode) parent).remove("configurationFields"));
    }
    String json = text(bundle, pretty);

    JourneyConfig plain = BundlePaths.readPlain(json);
    JourneyConfig mapper = BundlePaths.readWithMapper(json);

    if (bundle.findValue("configurationFields") != null) {
      assertThat(plain).as("free-form JSON is the mapper's to read: %s", json).isNull();
      assertThat(JourneyConfig.fromJson(json)).isEqualTo(mapper);
      return;
    }
    assertThat(plain).as("the generated readers bailed on plain input %s", json).isNotNull();
    assertThat(plain).as(json).isEqualTo(mapper);
    assertThat(JourneyJson.write(plain)).isEqualTo(JourneyJson.write(mapper));
    assertThat(plain.toJson()).isEqualTo(mapper.toJson());
    // What we write is plain input too: it reads back on the fast path to the same value.
    assertThat(BundlePaths.readPlain(plain.toJson())).isEqualTo(plain);
    assertThat(JourneyConfig.fromJson(json)).isEqualTo(mapper);
  }

  @Property(tries = 300)
  void anyDocumentReadsAsTheMapperAloneReadsIt(@ForAll("plainBundles") ObjectNode bundle, @ForAll long seed)
      throws JsonProcessingException {
    Random random = new Random(seed);
    ObjectNode tree = bundle.deepCopy();
    String json = JsonDamage.damage(tree, random, TEXT);

    assertThat(outcome(() -> JourneyConfig.fromJson(json))).as(json)
        .isEqualTo(outcome(() -> BundlePaths.readWithMapper(json)));
  }

  @Provide
  Arbitrary<Boolean> rarely() {
    return Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false));
  }

  @Provide
  Arbitrary<ObjectNode> plainBundles() {
    return Arbitraries.oneOf(bundles(Options.PLAIN), bundles(Options.PLAIN_FULL));
  }

  /** Up to 3 objects of each bundle type; an empty list is left out for some keys and written [] for others. */
  private static Arbitrary<ObjectNode> bundles(Options options) {
    List<Arbitrary<List<Object>>> lists = BUNDLE_TYPES.stream()
        .map(type -> (Arbitrary<List<Object>>) ModelArbitraries.of(type, options).list().ofMaxSize(3))
        .toList();
    return Combinators.combine(lists).as(all -> {
      ObjectNode bundle = NODES.objectNode();
      for (int i = 0; i < KEYS.size(); i++) {
        List<Object> objects = all.get(i);
        if (!objects.isEmpty() || i % 2 == 0) {
          ArrayNode array = bundle.putArray(KEYS.get(i));
          objects.forEach(o -> array.add(ReferenceJson.of(o)));
        }
      }
      return bundle;
    });
  }

  private static String text(JsonNode tree, boolean pretty) throws JsonProcessingException {
    return pretty ? TEXT.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : TEXT.writeValueAsString(tree);
  }

  /** The value read and the text it writes, or everything an error tells. */
  private static Object outcome(Supplier<JourneyConfig> read) {
    try {
      JourneyConfig value = read.get();
      return List.of(value, JourneyJson.write(value));
    } catch (JourneyJsonException e) {
      return List.of(e.code(), e.getMessage(), e.path(), e.line(), e.column(), e.isMalformed());
    } catch (RuntimeException e) {
      return List.of(e.getClass().getName(), String.valueOf(e.getMessage()));
    }
  }

}
