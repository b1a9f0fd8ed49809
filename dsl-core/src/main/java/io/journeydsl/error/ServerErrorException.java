package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/** HTTP 5xx: the server failed; the request may or may not have taken effect. */
public final class ServerErrorException extends JourneyApiException {

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param status the status, 500 to 599
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   * @throws IllegalArgumentException if the status is not 5xx
   */
  public ServerErrorException(@Nullable Operation operation, int status, @Nullable ErrorBody errorBody,
      @Nullable String correlationId) {
    super(operation, requireServerError(status), "server error", errorBody, correlationId, null, null);
  }

  private static int requireServerError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("not a 5xx status: " + status);
    }
    return status;
  }
}
