package io.journeydsl.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.json.WireInstant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The one ISO-8601 parser: every real instant reads back, no impossible date is ever rolled over. */
class Iso8601Properties {

  @Property(tries = 300)
  void everyRealDateTimeReadsBackInEverySpelling(@ForAll @IntRange(min = 1970, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day,
      @ForAll @IntRange(min = 0, max = 23) int hour, @ForAll @IntRange(min = 0, max = 59) int minute,
      @ForAll @IntRange(min = 0, max = 999) int millis) {
    String date = String.format("%04d-%02d-%02dT%02d:%02d:07.%03d", year, month, day, hour, minute, millis);
    boolean exists = day <= YearMonth.of(year, month).lengthOfMonth();
    if (exists) {
      Instant expected = LocalDateTime.parse(date).toInstant(ZoneOffset.UTC);
      assertThat(Iso8601.instant(date + "Z")).contains(expected);
      assertThat(Iso8601.instant(date + "+00:00")).contains(expected);
      assertThat(Iso8601.instant(date + "+0100")).contains(expected.minusSeconds(3600));
      assertThat(Iso8601.instant(date, ZoneOffset.UTC)).contains(expected);
    } else {
      assertThat(Iso8601.instant(date + "Z")).as(date).isEmpty();
      assertThat(Iso8601.instant(date, ZoneOffset.UTC)).as(date).isEmpty();
      assertThat(Iso8601.interval(date + "Z/2200-01-01T00:00:00Z")).as(date).isEmpty();
    }
  }

  @Property(tries = 200)
  void durationsKeepTheirCalendarAndClockParts(@ForAll @IntRange(max = 40) int months,
      @ForAll @IntRange(max = 40) int days, @ForAll @IntRange(max = 48) int hours,
      @ForAll @IntRange(max = 90) int minutes) {
    String text = "P" + months + "M" + days + "DT" + hours + "H" + minutes + "M";
    boolean zero = months + days + hours + minutes == 0;
    if (zero) {
      assertThat(Iso8601.duration(text)).isEmpty();
      return;
    }
    Iso8601.IsoDuration parsed = Iso8601.duration(text).orElseThrow();
    assertThat(parsed.period()).isEqualTo(Period.of(0, months, days));
    assertThat(parsed.time()).isEqualTo(Duration.ofHours(hours).plusMinutes(minutes));
    ZonedDateTime from = ZonedDateTime.parse("2024-01-31T00:00:00Z");
    assertThat(parsed.addTo(from)).isEqualTo(from.plusMonths(months).plusDays(days).plusHours(hours).plusMinutes(minutes));
  }

  @Test
  void malformedDurationsAreRefused() {
    for (String text : new String[] {"P", "PT", "P1", "P1.5D", "P-1D", "PT1H1D", "1D", "P1DT", "PT0S", "p1d"}) {
      assertThat(Iso8601.duration(text)).as(text).isEmpty();
    }
    assertThat(Iso8601.duration("P1MT1H")).isPresent();
    assertThat(Iso8601.duration("P2W")).map(Iso8601.IsoDuration::period).contains(Period.ofDays(14));
    assertThat(Iso8601.duration("PT1.5S")).map(Iso8601.IsoDuration::time).contains(Duration.ofMillis(1500));
  }

  @Test
  void theModelReaderRefusesADateThatDoesNotExist() {
    assertThatThrownBy(() -> JourneyJson.read("{\"displayName\":\"m\",\"startDate\":\"2024-02-30T00:00:00.000Z\"}",
        ActionMap.class)).isInstanceOf(JourneyJsonException.class).hasMessageContaining("startDate");
    assertThat(JourneyJson.read("{\"startDate\":\"2024-02-29T00:00:00.000Z\"}", ActionMap.class).startDate())
        .isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
  }

  @Property(tries = 300)
  void theWireSpellingReadsBackExactly(@ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L) long epochMillis) {
    Instant instant = Instant.ofEpochMilli(epochMillis);
    assertThat(Iso8601.instant(WireInstant.format(instant))).contains(instant);
  }

  @Test
  void theWireSpellingRefusesTimesThatDoNotExist() {
    assertThat(Iso8601.instant("2023-12-19T24:00:00.000Z")).isEmpty();
    assertThat(Iso8601.instant("2023-12-19T11:60:00.000Z")).isEmpty();
    assertThat(Iso8601.instant("2023-12-19T11:59:60.000Z")).isEmpty();
    assertThat(Iso8601.instant("2023-13-19T11:59:00.000Z")).isEmpty();
    assertThat(Iso8601.instant("2023-02-29T11:59:00.000Z")).isEmpty();
    assertThat(Iso8601.instant("2024-02-29T11:59:00.000Z")).contains(Instant.parse("2024-02-29T11:59:00Z"));
    assertThat(Iso8601.instant("2023-12-19T11:59:0x.000Z")).isEmpty();
  }
}
