package io.journeydsl.testkit.internal;

import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.json.WireInstant;
import jakarta.annotation.Nullable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code interval}, {@code granularity} and {@code timeZone} of an aggregates query, parsed and
 * checked, and the granularity buckets they define.
 *
 * @param start inclusive start
 * @param end exclusive end
 * @param buckets the buckets, in order; one bucket for the whole interval without granularity
 */
record QueryWindow(Instant start, Instant end, List<Instant[]> buckets) {
  private static final int MAX_BUCKETS = 10_000;

  static QueryWindow of(JourneyAggregationQuery query) {
    ZoneId zone = zone(query.timeZone());
    String interval = query.interval();
    String[] parts = interval == null ? new String[0] : interval.split("/", -1);
    if (parts.length != 2) {
      throw ApiError.badField("interval", "invalid.value",
          "'interval' must be an ISO-8601 interval <start>/<end>, e.g. 2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z; was '" + interval + "'");
    }
    Instant start = instant(parts[0], zone);
    Instant end = instant(parts[1], zone);
    if (!end.isAfter(start)) {
      throw ApiError.badField("interval", "invalid.value", "'interval' must end after it starts: '" + interval + "'");
    }
    TemporalAmount step = granularity(query.granularity());
    List<Instant[]> buckets = new ArrayList<>();
    if (step == null) {
      buckets.add(new Instant[] {start, end});
    } else {
      ZonedDateTime cursor = start.atZone(zone);
      while (cursor.toInstant().isBefore(end)) {
        ZonedDateTime next = cursor.plus(step);
        buckets.add(new Instant[] {cursor.toInstant(), next.toInstant().isAfter(end) ? end : next.toInstant()});
        if (buckets.size() > MAX_BUCKETS) {
          throw ApiError.badField("granularity", "invalid.value",
              "'granularity' " + query.granularity() + " makes more than " + MAX_BUCKETS + " buckets in the interval");
        }
        cursor = next;
      }
    }
    return new QueryWindow(start, end, List.copyOf(buckets));
  }

  private static ZoneId zone(@Nullable String timeZone) {
    if (timeZone == null) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw ApiError.badField("timeZone", "invalid.value", "'timeZone' must be an IANA zone name such as Europe/London; was '" + timeZone + "'");
    }
  }

  private static Instant instant(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeParseException e) {
        throw ApiError.badField("interval", "invalid.date",
            "Dates must be specified as ISO-8601 strings. For example: yyyy-MM-ddTHH:mm:ss.SSSZ; was '" + text + "'");
      }
    }
  }

  private static @Nullable TemporalAmount granularity(@Nullable String text) {
    if (text == null) {
      return null;
    }
    TemporalAmount amount;
    try {
      amount = text.contains("T") || text.endsWith("D") && !text.contains("M") && !text.contains("Y") && !text.contains("W")
          ? Duration.parse(text) : Period.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiError.badField("granularity", "invalid.value",
          "'granularity' must be an ISO-8601 period such as PT1H, P1D or P1DT12H; was '" + text + "'");
    }
    boolean positive = amount instanceof Duration d ? !d.isNegative() && !d.isZero()
        : !((Period) amount).isNegative() && !((Period) amount).isZero();
    if (!positive) {
      throw ApiError.badField("granularity", "invalid.value", "'granularity' must be positive; was '" + text + "'");
    }
    return amount;
  }

  /** The ISO interval text of a bucket, e.g. {@code 2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z}. */
  static String format(Instant[] bucket) {
    return WireInstant.format(bucket[0]) + "/" + WireInstant.format(bucket[1]);
  }
}
