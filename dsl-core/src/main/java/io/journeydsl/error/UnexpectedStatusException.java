package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/** Any other non-2xx status (e.g. 405, 408, 413, 3xx) that has no subclass of its own. */
public final class UnexpectedStatusException extends JourneyApiException {

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param status the HTTP status
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   */
  public UnexpectedStatusException(@Nullable Operation operation, int status, @Nullable ErrorBody errorBody,
      @Nullable String correlationId) {
    super(operation, status, "unexpected status", errorBody, correlationId, null, null);
  }
}
