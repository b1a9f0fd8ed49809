package io.journeydsl.testkit.internal.core;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fixed one-minute window of calls, like the Genesys per-token limit; reports the
 * {@code inin-ratelimit-*} headers and refuses calls beyond the limit.
 */
final class RateLimiter {
  private final int perMinute;
  private final Clock clock;
  private long windowStart = Long.MIN_VALUE;
  private int count;

  RateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  boolean enabled() {
    return perMinute > 0;
  }

  /**
   * Counts a call.
   *
   * @param headers receives the {@code inin-ratelimit-*} headers
   * @return the seconds to wait when the call is refused, or -1 when it is allowed
   */
  synchronized long acquire(Map<String, String> headers) {
    long now = clock.millis();
    long window = now - Math.floorMod(now, 60_000L);
    if (window != windowStart) {
      windowStart = window;
      count = 0;
    }
    long reset = Math.max(1, (windowStart + 60_000L - now + 999) / 1000);
    boolean allowed = count < perMinute;
    if (allowed) {
      count++;
    }
    headers.put("inin-ratelimit-count", Integer.toString(count));
    headers.put("inin-ratelimit-allowed", Integer.toString(perMinute));
    headers.put("inin-ratelimit-reset", Long.toString(reset));
    return allowed ? -1 : reset;
  }

  synchronized void reset() {
    windowStart = Long.MIN_VALUE;
    count = 0;
  }

  static Map<String, String> newHeaders() {
    return new LinkedHashMap<>();
  }
}
