package io.journeydsl.testkit.internal.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeydsl.json.JourneyJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON tree of a model value, made through its JSON text. {@code valueToTree} would keep a
 * {@code Float} as a binary float and the wire mapper would then read it as the exact decimal of that
 * float ({@code 0.52} became {@code 0.5199999809265137}); the text is what a client sent and must get
 * back.
 */
final class Trees {
  private static final ObjectMapper JSON = JourneyJson.mapper();

  private Trees() {}

  @SuppressWarnings("unchecked")
  static <T extends JsonNode> T of(Object value) {
    try {
      return (T) JSON.readTree(JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model value has no JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
