package io.journeydsl.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);

  @Property
  void deltaSecondsAreReadExactly(@ForAll @IntRange(min = 0, max = 100_000) int seconds) {
    assertThat(RetryAfter.parse(" " + seconds + " ", clock)).contains(Duration.ofSeconds(seconds));
  }

  @Property
  void httpDatesAreReadRelativeToTheClock(@ForAll @IntRange(min = 0, max = 86_400) int seconds) {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(seconds).atZone(ZoneOffset.UTC));
    assertThat(RetryAfter.parse(date, clock)).contains(Duration.ofSeconds(seconds));
  }

  @Test
  void aPastDateMeansNowAndGarbageMeansNothing() {
    String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(30).atZone(ZoneOffset.UTC));
    assertThat(RetryAfter.parse(past, clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).isPresent();
  }

  @Test
  void theHeaderNameIsMatchedInAnyCase() {
    for (String name : List.of("Retry-After", "retry-after", "RETRY-AFTER", "Retry-after")) {
      Map<String, Collection<String>> headers = Map.of(name, List.of("7"));
      assertThat(RetryAfter.from(headers, clock)).as(name).contains(Duration.ofSeconds(7));
    }
  }
}
