package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.List;

/** HTTP 400: the server rejected the request; {@link #details()} names the offending fields. */
public final class BadRequestException extends JourneyApiException {

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   */
  public BadRequestException(@Nullable Operation operation, @Nullable ErrorBody errorBody, @Nullable String correlationId) {
    super(operation, 400, "bad request", errorBody, correlationId, null, null);
  }

  /** The error body's {@code details} (each naming a field), empty when there are none. */
  public List<Detail> details() {
    return errorBody().map(ErrorBody::details).orElse(List.of());
  }

  /** The error body's nested {@code errors}, one per validation failure, empty when there are none. */
  public List<ErrorBody> errors() {
    return errorBody().map(ErrorBody::errors).orElse(List.of());
  }

  /**
   * Whether this is the API's other form of a version conflict: a 400 whose message contains
   * "does not match the current version".
   */
  public boolean isVersionMismatch() {
    return errorBody().map(ErrorBody::message)
        .map(message -> message.contains("does not match the current version"))
        .orElse(false);
  }
}
