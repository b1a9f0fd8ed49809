package io.journeydsl.testkit.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.testkit.internal.core.ApiError;
import io.journeydsl.testkit.internal.core.JourneyJsonExceptions;

/**
 * Reads request bodies as strictly as the API's schema reads: no data after the JSON value, no key
 * twice in one object, no number where a string belongs (or the reverse), no {@code "false"} for a
 * boolean and no {@code 1.9} for an integer. The wire model's own mapper is lenient on purpose (it
 * reads what servers send); the fake judges what clients send, so it keeps its own reader and every
 * refusal is a 400 naming the field.
 */
final class StrictJson {
  private static final ObjectMapper MAPPER = strictMapper();

  private StrictJson() {}

  private static ObjectMapper strictMapper() {
    ObjectMapper mapper = JourneyJson.newMapper();
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Reads {@code body} as {@code type}.
   *
   * @throws ApiError 400 naming the field ({@code body} when the text is not one JSON value)
   */
  static Object read(String body, Class<?> type) {
    try {
      Object value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiError.badField("body", "required", "The request body must be a JSON object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw refusal(type, e);
    }
  }

  /** A duplicate key names its own path ({@code journey.patterns[0].count}); other syntax errors name {@code body}. */
  private static ApiError refusal(Class<?> type, JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    String prefix = "Duplicate field '";
    if (!message.startsWith(prefix) || message.indexOf('\'', prefix.length()) < 0) {
      return JourneyJsonExceptions.badRequest(type, e);
    }
    String key = message.substring(prefix.length(), message.indexOf('\'', prefix.length()));
    // Found while binding a nested object, the exception carries the path to that object; found by
    // the parser at the top, the parser's context does (the object's parent holds the path to it).
    String parent = JourneyJsonException.of(type, e).path();
    if (parent.isEmpty() && e.getProcessor() instanceof JsonParser parser && parser.getParsingContext().getParent() != null) {
      parent = JourneyJsonException.pathOf(parser.getParsingContext().getParent());
    }
    String field = parent.isEmpty() ? key : parent + "." + key;
    return ApiError.badField(field, "duplicate.key", "The key '" + key + "' appears twice in one object at " + field);
  }
}
