package io.journeydsl.testkit.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeydsl.error.ErrorBody;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.internal.core.ApiError;
import io.journeydsl.testkit.internal.core.CorrelationIds;

/**
 * The JSON of a Genesys {@link ErrorBody} for a status, for the answers Jetty gives before the fake's
 * dispatcher sees a request (bad URIs, oversized headers, broken chunking, timeouts). It says only
 * what the status means: never the reason Jetty found, which may name a class, a path or echo input.
 */
final class ErrorAnswers {
  private ErrorAnswers() {}

  /** A fresh correlation id and the body that carries it as {@code contextId}. */
  record Prepared(String correlationId, byte[] json) {}

  static Prepared forStatus(int status) {
    String correlationId = CorrelationIds.next();
    return new Prepared(correlationId, json(bodyFor(status, correlationId)));
  }

  /**
   * The body of a status: the fake's default for it, or, for a 400 Jetty found in the request line or
   * headers, the generic malformed-syntax body.
   */
  static ErrorBody bodyFor(int status, String correlationId) {
    int shown = status < 400 || status > 599 ? 500 : status;
    return ErrorBody.builder().from(ApiError.defaultBody(shown, null)).contextId(correlationId).build();
  }

  static byte[] json(ErrorBody body) {
    try {
      return JourneyJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body cannot be written", e);
    }
  }
}
