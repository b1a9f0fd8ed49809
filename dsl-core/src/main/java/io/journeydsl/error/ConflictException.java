package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/** HTTP 409: typically a stale {@code version} in a PATCH, or a name already taken. */
public final class ConflictException extends JourneyApiException {

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   */
  public ConflictException(@Nullable Operation operation, @Nullable ErrorBody errorBody, @Nullable String correlationId) {
    super(operation, 409, "conflict", errorBody, correlationId, null, null);
  }
}
