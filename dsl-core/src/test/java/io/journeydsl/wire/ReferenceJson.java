package io.journeydsl.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.json.ExplicitNulls;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A second, naive writer of our model, by reflection and independent of Jackson's bean machinery:
 * the JSON a value must have on the wire (unknown fields as plain members, enum values verbatim,
 * explicit nulls as null). Properties feed its output to {@code JourneyJson} as input, so a read
 * that only works on JSON our own serializer produced cannot pass.
 */
final class ReferenceJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter WIRE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  private ReferenceJson() {}

  static JsonNode of(Object value) {
    if (value instanceof String s) return NODES.textNode(s);
    if (value instanceof Integer i) return NODES.numberNode(i);
    if (value instanceof Long l) return NODES.numberNode(l);
    if (value instanceof Float f) return NODES.numberNode(f);
    if (value instanceof Double d) return NODES.numberNode(d);
    if (value instanceof BigDecimal b) return NODES.numberNode(b);
    if (value instanceof Boolean b) return NODES.booleanNode(b);
    if (value instanceof Instant t) return NODES.textNode(WIRE_DATE.format(t));
    if (value instanceof OpenEnum e) return NODES.textNode(e.value());
    if (value instanceof JsonNode node) return node;
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(of(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      // A key is a string or an open enumeration (an aggregate group's dimension), written as its value.
      map.forEach((k, v) -> object.set(k instanceof OpenEnum e ? e.value() : (String) k, of(v)));
      return object;
    }
    Class<?> type = ModelWalker.modelType(value.getClass());
    if (type == null) {
      throw new IllegalStateException("no reference JSON for " + value.getClass());
    }
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<String, Method> attribute : ModelCatalog.attributes(type).entrySet()) {
      Object child = ModelArbitraries.invoke(() -> attribute.getValue().invoke(value));
      if (child != null) {
        object.set(attribute.getKey(), of(child));
      }
    }
    if (value instanceof ExplicitNulls patch) {
      patch.explicitNulls().forEach(object::putNull);
    }
    Map<?, ?> unknown = ModelArbitraries.invoke(() -> type.getMethod("unknownFields").invoke(value));
    unknown.forEach((name, json) -> object.set((String) name, (JsonNode) json));
    return object;
  }
}
