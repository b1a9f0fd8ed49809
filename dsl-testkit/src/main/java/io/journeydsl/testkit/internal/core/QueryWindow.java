package io.journeydsl.testkit.internal.core;

import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.catalog.Iso8601;
import io.journeydsl.catalog.Iso8601.IsoDuration;
import io.journeydsl.json.WireInstant;
import jakarta.annotation.Nullable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code interval}, {@code granularity} and {@code timeZone} of an aggregates query, parsed and
 * checked with the catalogue's strict {@link Iso8601}, and the granularity buckets they define. A
 * granularity steps as the calendar has it in the query's zone: its calendar part (years, months,
 * days) first, then its clock part, so {@code P1MT1H} is one calendar month and one hour.
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
    Iso8601.Interval parsed = Iso8601.interval(interval, zone).orElseThrow(() -> invalid(interval, zone));
    Instant start = parsed.start();
    Instant end = parsed.end();
    if (!end.isAfter(start)) {
      throw ApiError.badField("interval", "invalid.value", "'interval' must end after it starts: '" + interval + "'");
    }
    IsoDuration step = granularity(query.granularity());
    List<Instant[]> buckets = new ArrayList<>();
    if (step == null) {
      buckets.add(new Instant[] {start, end});
    } else {
      requireWholeBuckets(query.granularity(), step, parsed, zone);
      ZonedDateTime cursor = start.atZone(zone);
      while (cursor.toInstant().isBefore(end)) {
        ZonedDateTime next = step.addTo(cursor);
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

  /**
   * The granularity must cut the interval into whole buckets: not longer than the interval, and no
   * shorter bucket left at its end. The API documents neither case; the fake takes the stricter
   * reading, as the validator does (rules aggregate.granularity.exceedsInterval and .uneven).
   */
  private static void requireWholeBuckets(String text, IsoDuration step, Iso8601.Interval interval, ZoneId zone) {
    Iso8601.Tiling tiling = step.tile(interval, zone, MAX_BUCKETS).orElseThrow(() -> ApiError.badField("granularity",
        "invalid.value", "'granularity' " + text + " makes more than " + MAX_BUCKETS + " buckets in the interval"));
    if (tiling.wholeSteps() == 0) {
      throw ApiError.badField("granularity", "invalid.value",
          "'granularity' " + text + " is longer than the interval");
    }
    if (!tiling.exact()) {
      throw ApiError.badField("granularity", "invalid.value",
          "'granularity' " + text + " does not divide the interval into whole buckets");
    }
  }

  /** Says what is wrong with an interval that does not parse: its shape, or which date. */
  private static ApiError invalid(@Nullable String interval, ZoneId zone) {
    String[] parts = interval == null ? new String[0] : interval.split("/", -1);
    if (parts.length != 2) {
      return ApiError.badField("interval", "invalid.value",
          "'interval' must be an ISO-8601 interval <start>/<end>, e.g. 2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z; was '" + interval + "'");
    }
    String wrong = Iso8601.instant(parts[0], zone).isEmpty() ? parts[0] : parts[1];
    return ApiError.badField("interval", "invalid.date",
        "Dates must be specified as ISO-8601 strings. For example: yyyy-MM-ddTHH:mm:ss.SSSZ; was '" + wrong + "'");
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

  private static @Nullable IsoDuration granularity(@Nullable String text) {
    if (text == null) {
      return null;
    }
    return Iso8601.duration(text).orElseThrow(() -> ApiError.badField("granularity", "invalid.value",
        "'granularity' must be a positive ISO-8601 duration such as PT1H, P1D, P1DT12H or P1MT1H; was '" + text + "'"));
  }

  /** The ISO interval text of a bucket, e.g. {@code 2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z}. */
  static String format(Instant[] bucket) {
    return WireInstant.format(bucket[0]) + "/" + WireInstant.format(bucket[1]);
  }
}
