package io.journeydsl.feign.internal;

import io.journeydsl.feign.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A clock that tests move by hand, and a sleeper that advances it instead of sleeping. */
final class MutableClock extends Clock {
  private Instant now;
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  MutableClock(Instant start) {
    this.now = start;
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  Sleeper sleeper() {
    return d -> {
      sleeps.add(d);
      advance(d);
    };
  }

  @Override
  public synchronized Instant instant() {
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
