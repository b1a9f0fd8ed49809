package io.journeydsl.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for the leaf values of the wire model, shared by our model and the SDK generators. */
final class ValueArbitraries {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long YEAR_2000 = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
  private static final long YEAR_2100 = Instant.parse("2100-12-31T23:59:59.999Z").toEpochMilli();

  private ValueArbitraries() {}

  /** Text with quotes, escapes, control characters and non-ASCII letters, which JSON must carry unchanged. */
  /** The arbitrary for a scalar wire type shared by our model and the SDK's, or null for any other type. */
  static Arbitrary<?> scalar(Class<?> c) {
    if (c == String.class) return strings();
    if (c == Integer.class) return integers();
    if (c == Long.class) return longs();
    if (c == Float.class) return floats();
    if (c == Double.class) return doubles();
    if (c == BigDecimal.class) return bigDecimals();
    if (c == Boolean.class) return booleans();
    return null;
  }

  static Arbitrary<String> strings() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('"', '\\', '\n', '\t', '\u0001', '\u00e9', '\u20ac', '\u4e2d')
        .ofMaxLength(12);
  }

  static Arbitrary<Integer> integers() {
    return Arbitraries.integers();
  }

  static Arbitrary<Long> longs() {
    return Arbitraries.longs();
  }

  /** Decimal-looking values and any finite bit pattern (subnormals, huge exponents). */
  static Arbitrary<Float> floats() {
    return Arbitraries.oneOf(
        Arbitraries.floats().between(-1000f, 1000f).ofScale(4),
        Arbitraries.integers().map(Float::intBitsToFloat).filter(Float::isFinite));
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(6),
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite));
  }

  static Arbitrary<BigDecimal> bigDecimals() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000000"), new BigDecimal("1000000000"))
        .ofScale(4);
  }

  static Arbitrary<Boolean> booleans() {
    return Arbitraries.of(true, false);
  }

  /** Millisecond precision, as the wire format carries, in years the SDK's date format writes plainly. */
  static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(YEAR_2000, YEAR_2100).map(Instant::ofEpochMilli);
  }

  static Arbitrary<String> fieldNames() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '-', '.', '$').ofMinLength(1).ofMaxLength(10);
  }

  static Arbitrary<Map<String, String>> stringMaps() {
    return maps(fieldNames(), strings());
  }

  /**
   * Maps of up to 3 entries (a repeated key keeps its last value). Built from a list of entries:
   * jqwik's own maps() is orders of magnitude slower with JsonNode values.
   */
  static <V> Arbitrary<Map<String, V>> maps(Arbitrary<String> keys, Arbitrary<V> values) {
    return Combinators.combine(keys, values).as(Map::entry).list().ofMaxSize(3)
        .map(entries -> {
          Map<String, V> map = new LinkedHashMap<>();
          entries.forEach(e -> map.put(e.getKey(), e.getValue()));
          return map;
        });
  }

  /** Small JSON objects, e.g. the free-form configurationFields of an open action. */
  static Arbitrary<Map<String, JsonNode>> jsonObjects(boolean sdkRepresentable) {
    return maps(fieldNames(), json(2, sdkRepresentable));
  }

  /**
   * Any JSON value nested to the given depth. Unless it must pass through the SDK, also JSON null
   * (the SDK drops null map entries) and decimals with more digits than a double holds (the SDK
   * reads free-form numbers as Double; we must not).
   */
  static Arbitrary<JsonNode> json(int depth, boolean sdkRepresentable) {
    Arbitrary<JsonNode> scalars = Arbitraries.<JsonNode>oneOf(
        booleans().map(NODES::booleanNode),
        strings().map(NODES::textNode),
        longs().map(NODES::numberNode),
        bigDecimals().map(NODES::numberNode));
    if (!sdkRepresentable) {
      Arbitrary<BigDecimal> exact = Arbitraries.bigDecimals()
          .between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(12);
      scalars = Arbitraries.oneOf(scalars, Arbitraries.just(NODES.nullNode()), exact.map(NODES::numberNode));
    }
    if (depth <= 0) {
      return scalars;
    }
    Arbitrary<JsonNode> arrays = json(depth - 1, sdkRepresentable).list().ofMaxSize(3)
        .map(items -> NODES.arrayNode().addAll(items));
    Arbitrary<JsonNode> objects = maps(fieldNames(), json(depth - 1, sdkRepresentable))
        .map(ValueArbitraries::objectNode);
    return Arbitraries.frequencyOf(Tuple.of(4, scalars), Tuple.of(1, arrays), Tuple.of(1, objects));
  }

  static ObjectNode objectNode(Map<String, JsonNode> fields) {
    ObjectNode node = NODES.objectNode();
    node.setAll(fields);
    return node;
  }

  static <T> Arbitrary<List<T>> lists(Arbitrary<T> element) {
    return element.list().ofMaxSize(3);
  }
}
