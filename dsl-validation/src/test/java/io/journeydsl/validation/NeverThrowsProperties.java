package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.client.ActionMapQuery;
import io.journeydsl.client.SegmentQuery;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The validator never throws, however broken its input: random mutations of a realistic bundle
 * (fields removed, nulled, retyped, out of range, lists emptied), random objects of every body type,
 * random queries and arbitrary values. It always returns a sorted, deterministic report.
 */
class NeverThrowsProperties {
  private static final JourneyValidator VALIDATOR = JourneyValidator.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<Class<?>> BODIES = List.of(JourneySegment.class, PatchSegment.class, PatchOutcome.class,
      ActionTemplate.class, ActionMap.class, PatchActionMap.class, JourneyAggregationQuery.class);

  private static JsonNode replacement(Random random) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode("");
      case 2 -> NODES.textNode(" ");
      case 3 -> NODES.numberNode(-1);
      case 4 -> NODES.numberNode(0);
      case 5 -> NODES.numberNode(1.5);
      case 6 -> NODES.numberNode(1e12);
      case 7 -> NODES.textNode("x");
      case 8 -> NODES.textNode("${segment:}");
      case 9 -> NODES.textNode("${outcome:Nobody}");
      case 10 -> NODES.arrayNode();
      case 11 -> NODES.objectNode();
      case 12 -> NODES.booleanNode(true);
      case 13 -> NODES.textNode("Web");
      case 14 -> NODES.textNode("2024-01-01T00:00:00Z/2023-01-01T00:00:00Z");
      default -> NODES.textNode("P1D");
    };
  }

  /** A broken value of the same JSON type, so that the bundle still reads. */
  private static JsonNode sameType(JsonNode original, Random random) {
    if (original.isTextual()) {
      String[] texts = {"", " ", "x", "${segment:}", "${actionTemplate:Nobody}", "Custom", "app", "webchat", "Deleted",
          "blue", "P1Y", "Mars/Olympus", "2024-01-01T00:00:00Z/2023-01-01T00:00:00Z", "page.colour", "delay"};
      return NODES.textNode(texts[random.nextInt(texts.length)]);
    } else if (original.isNumber()) {
      double[] numbers = {-1, 0, 2, 7, -0.5, 1.5, 1000};
      return NODES.numberNode(numbers[random.nextInt(numbers.length)]);
    } else if (original.isBoolean()) {
      return NODES.booleanNode(!original.booleanValue());
    } else if (original.isArray()) {
      ArrayNode copy = original.deepCopy();
      if (copy.size() > 0 && random.nextBoolean()) {
        copy.remove(random.nextInt(copy.size()));
      } else if (copy.size() > 0) {
        copy.add(copy.get(0).deepCopy());
      }
      return copy;
    }
    return original.isObject() && random.nextBoolean() ? NODES.objectNode() : original;
  }

  /** Every object and array node of the tree. */
  private static List<JsonNode> containers(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = containers(root);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      Iterator<String> it = object.fieldNames();
      it.forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      int op = random.nextInt(6);
      if (op == 0) {
        object.remove(name);
      } else if (op == 1) {
        object.putNull(name);
      } else if (op == 2) {
        object.set(name, replacement(random));
      } else {
        object.set(name, sameType(object.get(name), random));
      }
    } else if (target instanceof ArrayNode array) {
      if (array.size() > 0 && random.nextBoolean()) {
        array.set(random.nextInt(array.size()), replacement(random));
      } else {
        array.add(replacement(random));
      }
    }
  }

  private static void assertSound(ValidationReport report, Object input) {
    assertThat(report).isNotNull();
    assertThat(report.violations()).isSortedAccordingTo(Violation::compareTo)
        .allSatisfy(v -> assertThat(v.code()).doesNotStartWith("validator."));
    assertThat(VALIDATOR.validate(input)).isEqualTo(report);
  }

  @Property(tries = 300, maxDiscardRatio = 20)
  void mutatedBundlesAreReportedNeverThrown(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mutations)
      throws Exception {
    Random random = new Random(seed);
    JsonNode tree = JourneyJson.mapper().readTree(ValidBundleTest.validBundle().toJson());
    for (int i = 0; i < mutations; i++) {
      mutate(tree, random);
    }
    JourneyConfig config;
    try {
      config = JourneyConfig.fromJson(tree.toString());
    } catch (JourneyJsonException e) {
      Assume.that(false);
      return;
    }
    assertSound(VALIDATOR.validate(config), config);
  }

  @Property(tries = 300, maxDiscardRatio = 20)
  void randomBodiesOfEveryTypeAreReportedNeverThrown(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int mutations) {
    Random random = new Random(seed);
    Class<?> type = BODIES.get(random.nextInt(BODIES.size()));
    ObjectNode tree = NODES.objectNode();
    String[] keys = {"displayName", "name", "color", "weight", "action", "activation", "mediaType", "state", "contentOffer",
        "context", "journey", "interval", "granularity", "metrics", "views", "filter", "triggerWithSegments",
        "pageUrlConditions", "startDate", "endDate", "scope", "timeZone", "assignmentExpirationDays"};
    for (int i = 0; i < mutations; i++) {
      tree.set(keys[random.nextInt(keys.length)], replacement(random));
      mutate(tree, random);
    }
    Object body;
    try {
      body = JourneyJson.mapper().treeToValue(tree, type);
    } catch (Exception e) {
      Assume.that(false);
      return;
    }
    assertSound(VALIDATOR.validate(body), body);
  }

  @Provide
  Arbitrary<Object> anything() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.strings().map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.just(new Object()),
        Arbitraries.just(JourneyConfig.builder().build()),
        Arbitraries.strings().ofMaxLength(5).injectNull(0.3).map(s -> (Object) SegmentQuery.builder()
            .sortBy(s).queryValue(s).build()),
        Arbitraries.integers().between(-3, 3).injectNull(0.3).map(i -> (Object) ActionMapQuery.builder()
            .pageNumber(i).pageSize(i).build()));
  }

  @Property(tries = 200)
  void anyValueIsReportedNeverThrown(@ForAll("anything") Object value) {
    ValidationReport report = VALIDATOR.validate(value);
    assertThat(report).isNotNull();
    assertThat(report.violations()).isSortedAccordingTo(Violation::compareTo);
  }
}
