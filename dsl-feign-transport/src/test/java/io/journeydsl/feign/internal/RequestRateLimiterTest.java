package io.journeydsl.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {

  @Property(tries = 50)
  void neverStartsMoreThanTheLimitInAnyMinute(@ForAll @IntRange(min = 1, max = 600) int perMinute,
      @ForAll @IntRange(min = 1, max = 1200) int requests) {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    RequestRateLimiter limiter = new RequestRateLimiter(perMinute, clock, clock.sleeper());
    Instant[] starts = new Instant[requests];
    for (int i = 0; i < requests; i++) {
      limiter.acquire();
      starts[i] = clock.instant();
    }
    // Any perMinute+1 consecutive starts span at least a minute.
    for (int i = 0; i + perMinute < requests; i++) {
      assertThat(Duration.between(starts[i], starts[i + perMinute])).isGreaterThanOrEqualTo(Duration.ofMinutes(1).minusNanos(perMinute));
    }
  }

  @Test
  void doesNotWaitWhenRequestsAreRare() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    RequestRateLimiter limiter = new RequestRateLimiter(60, clock, clock.sleeper());
    limiter.acquire();
    clock.advance(Duration.ofSeconds(5));
    limiter.acquire();
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void rejectsANonPositiveLimit() {
    MutableClock clock = new MutableClock(Instant.EPOCH);
    assertThatThrownBy(() -> new RequestRateLimiter(0, clock, clock.sleeper()))
        .hasMessageContaining("at least 1");
  }
}
