package io.journeydsl.feign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when the transport sleeps (and records every sleep: retry budgets are then
 * exact) or when a test advances it.
 */
final class AdvancingClock extends Clock {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private volatile Instant now = Instant.parse("2026-11-29T10:00:00Z");

  Sleeper sleeper() {
    return d -> {
      sleeps.add(d);
      now = now.plus(d);
    };
  }

  /** Moves the time on without a sleep: as the server's clock, a token can outlive its lifetime. */
  void advance(Duration d) {
    now = now.plus(d);
  }

  Duration totalSleep() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
