package io.journeydsl.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeydsl.json.JourneyJsonException;

/** Turns JSON decoding failures into 400 answers naming the field. */
final class JourneyJsonExceptions {
  private JourneyJsonExceptions() {}

  /** A 400 for a body that does not decode into {@code target}. */
  static ApiError badRequest(Class<?> target, JsonProcessingException e) {
    return badRequest(JourneyJsonException.of(target, e));
  }

  /** A 400 for a {@link JourneyJsonException}; the field is its path, or {@code body} for malformed JSON. */
  static ApiError badRequest(JourneyJsonException e) {
    String field = e.path().isEmpty() ? "body" : e.path();
    String code = e.path().isEmpty() ? "malformed.json" : "invalid.type";
    return ApiError.badField(field, code, e.getMessage());
  }
}
