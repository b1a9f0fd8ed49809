package io.journeydsl.feign.internal;

import io.journeydsl.error.ErrorBody;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx response as read by the error decoder, before it is known which operation it answered;
 * the transport turns it into the typed {@link JourneyApiException}. It carries no request data.
 */
public final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient @Nullable ErrorBody body;
  private final @Nullable String correlationId;
  private final @Nullable Duration retryAfter;

  public HttpFailure(int status, @Nullable ErrorBody body, @Nullable String correlationId, @Nullable Duration retryAfter) {
    super("HTTP " + status, null, false, false);
    this.status = status;
    this.body = body;
    this.correlationId = correlationId;
    this.retryAfter = retryAfter;
  }

  public int status() {
    return status;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * This failure as an authentication failure (401), keeping the status the server actually sent
   * in the error body and prefixing its message with {@code context}. The login endpoint answers a
   * rejected grant with 400 or 401 depending on the OAuth error, but either way the caller cannot
   * log in, which is what {@code UnauthorizedException} means.
   */
  public HttpFailure asAuthenticationFailure(String context) {
    ErrorBody.Builder rejected = ErrorBody.builder();
    if (body != null) {
      rejected.from(body);
    }
    String text = body == null ? null : body.message() != null ? body.message() : body.code();
    rejected.status(body != null && body.status() != null ? body.status() : status)
        .message(context + " (HTTP " + status + ")" + (text == null || text.isBlank() ? "" : ": " + text));
    return new HttpFailure(401, rejected.build(), correlationId, retryAfter);
  }

  /** The typed exception of the public API. */
  public JourneyApiException toApiException(@Nullable Operation operation) {
    return JourneyApiException.forStatus(operation, status, body, correlationId, retryAfter);
  }
}
