package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/**
 * No usable HTTP response: connection refused, timeout, reset, unreadable response. The status is
 * {@code 0}. {@link #outcomeUnknown()} tells whether the request may have reached the server, in which
 * case a non-idempotent call (POST) must not simply be retried.
 */
public final class TransportFailureException extends JourneyApiException {
  private final boolean outcomeUnknown;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, or {@code null}
   * @param outcomeUnknown whether the request may have reached the server
   * @param reason a short description of the failure (never a request body or a header value)
   * @param cause the underlying exception, or {@code null}
   */
  public TransportFailureException(@Nullable Operation operation, boolean outcomeUnknown,
      @Nullable String reason, @Nullable Throwable cause) {
    super(operation, 0, "transport failure", null, null, describe(outcomeUnknown, reason), cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Whether the request may have reached the server (so its effect is unknown). */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  private static String describe(boolean outcomeUnknown, @Nullable String reason) {
    String text = reason == null || reason.isBlank() ? "no response" : reason;
    return outcomeUnknown ? text + " (outcome unknown: the request may have reached the server)" : text;
  }
}
