package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.json.GenericJourneyJson;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.wire.ModelArbitraries.Options;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written (de)serializers of {@code JourneyJson} change nothing but speed: for every model
 * type, with unknown fields and unknown enum values, the text written is the text Jackson's generic
 * bean serializers write, and any input, including nulls and values of the wrong JSON type, reads
 * into the same value, or fails with the same message, as through Jackson's generic deserializers.
 * Types without a hand-written (de)serializer pass trivially; the property covers new ones as they come.
 */
class StreamingJsonProperties {
  private static final ObjectMapper STREAMING = JourneyJson.mapper();
  private static final ObjectMapper GENERIC = GenericJourneyJson.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** What a mutation puts in place of a value: null, and a value of each JSON type. */
  private static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.booleanNode(true),
      NODES.textNode("text"), NODES.numberNode(12), NODES.numberNode(new java.math.BigDecimal("1.50")),
      NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")), NODES.arrayNode(),
      NODES.arrayNode().addNull(), NODES.objectNode(), NODES.objectNode().putNull("k"));

  @Property(tries = 100)
  void writesTheTextOfTheGenericSerializers(@ForAll("oneOfEachType") List<Object> values) throws Exception {
    for (Object value : values) {
      assertThat(STREAMING.writeValueAsString(value)).as("%s", value.getClass().getSimpleName())
          .isEqualTo(GENERIC.writeValueAsString(value));
      assertThat(STREAMING.writerWithDefaultPrettyPrinter().writeValueAsString(value))
          .isEqualTo(GENERIC.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }
  }

  @Property(tries = 100)
  void readsAsTheGenericDeserializers(@ForAll("oneOfEachType") List<Object> values, @ForAll long seed) {
    Random random = new Random(seed);
    List<Class<?>> types = ModelCatalog.modelTypes();
    for (int i = 0; i < types.size(); i++) {
      Class<?> type = types.get(i);
      JsonNode tree = ReferenceJson.of(values.get(i)).deepCopy();
      int mutations = random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutate(tree, random);
      }
      String json = tree.toString();

      Object streamed = outcome(() -> JourneyJson.read(json, type));
      Object generic = outcome(() -> {
        try {
          return GENERIC.readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw JourneyJsonException.of(type, e);
        }
      });

      assertThat(streamed).as("%s from %s", type.getSimpleName(), json).isEqualTo(generic);
    }
  }

  @Provide
  Arbitrary<List<Object>> oneOfEachType() {
    return ModelArbitraries.oneOfEach(Options.OPEN);
  }

  /** The value read, or the code and message of the failure. */
  private static Object outcome(java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (JourneyJsonException e) {
      return e.code() + ": " + e.getMessage();
    }
  }

  /** Replaces one value anywhere in the tree (the root stays an object) by a random replacement. */
  private static void mutate(JsonNode root, Random random) {
    List<Consumer<JsonNode>> places = new ArrayList<>();
    collect(root, places);
    if (!places.isEmpty()) {
      places.get(random.nextInt(places.size())).accept(REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())));
    }
  }

  private static void collect(JsonNode node, List<Consumer<JsonNode>> places) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        places.add(replacement -> object.set(name, replacement.deepCopy()));
        collect(object.get(name), places);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        places.add(replacement -> array.set(index, replacement.deepCopy()));
        collect(array.get(i), places);
      }
    }
  }
}
