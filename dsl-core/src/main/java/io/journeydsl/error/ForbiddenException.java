package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/** HTTP 403: the token lacks a permission the operation needs. */
public final class ForbiddenException extends JourneyApiException {

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   */
  public ForbiddenException(@Nullable Operation operation, @Nullable ErrorBody errorBody, @Nullable String correlationId) {
    super(operation, 403, "forbidden", errorBody, correlationId, null, null);
  }
}
