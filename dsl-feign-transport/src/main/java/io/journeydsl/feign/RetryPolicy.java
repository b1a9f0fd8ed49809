package io.journeydsl.feign;

import java.time.Duration;
import java.util.Objects;

/**
 * When the transport retries a call. 429 is retried after the server's {@code Retry-After} (seconds
 * or HTTP date), unless it asks for longer than {@link #maxRetryAfter()}; 502, 503 and 504 are
 * retried with exponential backoff and full jitter between {@link #initialBackoff()} and
 * {@link #maxBackoff()}; a connection failure is retried for GET, PATCH and DELETE, and for POST only
 * when the request certainly never reached the server. Every call stops after
 * {@link #maxAttempts()} attempts or once {@link #maxElapsed()} has passed, whichever comes first.
 *
 * @param maxAttempts attempts per call including the first, at least 1
 * @param maxElapsed the time after which no further attempt starts
 * @param maxRetryAfter the longest server-requested wait that is honoured; longer ones fail at once
 * @param initialBackoff the backoff ceiling of the first retry of a 5xx or connection failure
 * @param maxBackoff the largest backoff ceiling
 */
public record RetryPolicy(int maxAttempts, Duration maxElapsed, Duration maxRetryAfter,
    Duration initialBackoff, Duration maxBackoff) {

  /** Checks the bounds. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    for (Duration d : new Duration[] {maxElapsed, maxRetryAfter, initialBackoff, maxBackoff}) {
      if (Objects.requireNonNull(d, "durations must not be null").isNegative()) {
        throw new IllegalArgumentException("durations must not be negative, was " + d);
      }
    }
  }

  /** 5 attempts within 2 minutes, honouring Retry-After up to 180 s (as current Genesys SDKs do). */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMinutes(2), Duration.ofSeconds(180), Duration.ofMillis(500), Duration.ofSeconds(30));
  }

  /** No retries at all: every failure surfaces at once. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** A copy with another attempt bound. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, maxElapsed, maxRetryAfter, initialBackoff, maxBackoff);
  }

  /** A copy with another total time bound. */
  public RetryPolicy withMaxElapsed(Duration elapsed) {
    return new RetryPolicy(maxAttempts, elapsed, maxRetryAfter, initialBackoff, maxBackoff);
  }

  /** A copy with another Retry-After ceiling. */
  public RetryPolicy withMaxRetryAfter(Duration ceiling) {
    return new RetryPolicy(maxAttempts, maxElapsed, ceiling, initialBackoff, maxBackoff);
  }

  /** A copy with other backoff bounds. */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, maxElapsed, maxRetryAfter, initial, max);
  }
}
