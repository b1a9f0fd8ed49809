package io.journeydsl.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiDateFormat;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** The SDK side of the oracle, and the tree comparison both directions share. */
final class SdkJson {
  /**
   * The SDK's own mapper (NON_NULL, its ApiDateFormat, enums through toString, Joda and LocalDate
   * modules), except that an unknown property fails: the SDK ignores them in production, which would
   * hide a field we write under a name it does not know.
   */
  static final ObjectMapper MAPPER = ApiClient.buildObjectMapper(new ApiDateFormat())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads numbers exactly, so that the comparison below does not depend on double rounding. */
  private static final ObjectMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SdkJson() {}

  /**
   * The JSON text as a tree in which every number is a stripped BigDecimal: {@code 1}, {@code 1.0}
   * and {@code 1.00E0} are the same value on the wire, and the SDK and we may spell them differently.
   * Strings, dates included, stay exactly as written.
   */
  static JsonNode tree(String json) {
    try {
      return normalise(TREES.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The SDK's tree without the empty lists (and maps) it invents: its models initialise every list
   * field to {@code new ArrayList<>()}, so a field absent in {@code ours} comes back as {@code []}.
   * Only a field that is empty on the SDK side and absent on ours is dropped; any other difference
   * stays visible.
   */
  static JsonNode withoutSdkDefaults(JsonNode sdk, JsonNode ours) {
    if (sdk.isObject() && ours.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = sdk.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = field.getValue();
        JsonNode counterpart = ours.get(field.getKey());
        if (counterpart == null && (value.isArray() || value.isObject()) && value.isEmpty()) {
          continue;
        }
        copy.set(field.getKey(), counterpart == null ? value : withoutSdkDefaults(value, counterpart));
      }
      return copy;
    }
    if (sdk.isArray() && ours.isArray() && sdk.size() == ours.size()) {
      ArrayNode copy = NODES.arrayNode();
      for (int i = 0; i < sdk.size(); i++) {
        copy.add(withoutSdkDefaults(sdk.get(i), ours.get(i)));
      }
      return copy;
    }
    return sdk;
  }

  private static JsonNode normalise(JsonNode node) {
    if (node.isNumber()) {
      return NODES.numberNode(node.decimalValue().stripTrailingZeros());
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(item -> copy.add(normalise(item)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(field.getKey(), normalise(field.getValue()));
      }
      return copy;
    }
    return node;
  }
}
