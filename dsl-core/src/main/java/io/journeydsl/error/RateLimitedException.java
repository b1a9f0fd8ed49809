package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests; {@link #retryAfter()} is the server's requested wait, if it sent one. */
public final class RateLimitedException extends JourneyApiException {
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param errorBody the error body, or {@code null}
   * @param correlationId the correlation id, or {@code null}
   * @param retryAfter the parsed {@code Retry-After} header, or {@code null}
   */
  public RateLimitedException(@Nullable Operation operation, @Nullable ErrorBody errorBody,
      @Nullable String correlationId, @Nullable Duration retryAfter) {
    super(operation, 429, "rate limited", errorBody, correlationId, null, null);
    this.retryAfter = retryAfter;
  }

  /** The wait the server asked for with {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
