package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/** HTTP 404: the entity does not exist (or is not visible to the caller). */
public final class NotFoundException extends JourneyApiException {

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   */
  public NotFoundException(@Nullable Operation operation, @Nullable ErrorBody errorBody, @Nullable String correlationId) {
    super(operation, 404, "not found", errorBody, correlationId, null, null);
  }
}
