package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/** HTTP 401: the token is missing, expired or invalid. */
public final class UnauthorizedException extends JourneyApiException {

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   */
  public UnauthorizedException(@Nullable Operation operation, @Nullable ErrorBody errorBody, @Nullable String correlationId) {
    super(operation, 401, "unauthorized", errorBody, correlationId, null, null);
  }
}
