package io.journeydsl.feign.internal;

import io.journeydsl.feign.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces requests evenly so that at most {@code perMinute} start in any minute: a bulk deploy stays
 * under the org's limit instead of provoking 429s. Each caller reserves the next free slot and
 * sleeps until it comes, so concurrent callers queue fairly.
 */
public final class RequestRateLimiter {
  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant nextSlot;

  public RequestRateLimiter(int perMinute, Clock clock, Sleeper sleeper) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("requests per minute must be at least 1, was " + perMinute);
    }
    this.interval = Duration.ofMinutes(1).dividedBy(perMinute);
    this.clock = clock;
    this.sleeper = sleeper;
    this.nextSlot = Instant.MIN;
  }

  /** Waits for this caller's slot. */
  public void acquire() {
    Duration wait;
    synchronized (this) {
      Instant now = clock.instant();
      Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
      nextSlot = slot.plus(interval);
      wait = Duration.between(now, slot);
    }
    if (!wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the request rate limit", e);
      }
    }
  }
}
