package io.journeydsl.testkit.internal.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeydsl.json.JourneyJsonException;

/** Turns JSON decoding failures into 400 answers naming the field. */
public final class JourneyJsonExceptions {
  private JourneyJsonExceptions() {}

  /** A 400 for a body that does not decode into {@code target}. */
  public static ApiError badRequest(Class<?> target, JsonProcessingException e) {
    return badRequest(JourneyJsonException.of(target, e));
  }

  /** A 400 for a {@link JourneyJsonException}; the field is its path, or {@code body} for malformed JSON. */
  public static ApiError badRequest(JourneyJsonException e) {
    String field = e.path().isEmpty() ? "body" : e.path();
    String code = e.path().isEmpty() ? "malformed.json" : "invalid.type";
    return ApiError.badField(field, code, e.getMessage());
  }
}
