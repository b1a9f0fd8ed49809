package io.journeydsl.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * The steps of the aggregate query builder: interval, then metrics, then any optional clause, then
 * {@code build()}. The order cannot be reversed and the two required parts cannot be skipped. Every
 * step is immutable: a stored step can be reused and branched without the branches affecting each
 * other.
 */
public final class AggregateQuerySteps {
  private AggregateQuerySteps() {}

  /** The first step: the time range of the data. */
  public interface IntervalStep {
    /** Data from {@code start} (inclusive) to {@code end} (exclusive). */
    MetricsStep interval(Instant start, Instant end);

    /** Data from {@code start} for {@code length}. */
    MetricsStep interval(Instant start, Duration length);

    /** An ISO-8601 interval as the API takes it, e.g. {@code 2023-12-01T00:00:00.000Z/2023-12-08T00:00:00.000Z}. */
    MetricsStep interval(String isoInterval);
  }

  /** The second step: what to compute. */
  public interface MetricsStep {
    /** The metrics to compute, at least one. */
    OptionsStep metrics(JourneyMetric first, JourneyMetric... more);
  }

  /** The optional clauses, in any order, and {@link #build()}. */
  public interface OptionsStep {
    /** Buckets of this length inside the interval, e.g. {@code Duration.ofHours(1)} ({@code PT1H}). */
    OptionsStep granularity(Duration bucket);

    /** Buckets of this calendar length, e.g. {@code Period.ofDays(1)} ({@code P1D}). */
    OptionsStep granularity(Period bucket);

    /**
     * Buckets of this ISO-8601 duration as the API takes it, e.g. {@code P1DT12H} (a calendar part and
     * a time part, which neither {@code Period} nor {@code Duration} holds alone).
     *
     * @throws io.journeydsl.JourneyDslException when {@code isoDuration} is not an ISO-8601 duration
     */
    OptionsStep granularity(String isoDuration);

    /** The time zone of the buckets (daylight saving aware); UTC by default. */
    OptionsStep timeZone(ZoneId zone);

    /** Groups the results by these dimensions. */
    OptionsStep groupBy(JourneyDimension first, JourneyDimension... more);

    /** Keeps only data matching {@code filter}. */
    OptionsStep filter(JourneyAggregateQueryFilter filter);

    /** Adds a {@code rangeBound} view named {@code name}: {@code target} values in [gte, lt). */
    OptionsStep rangeView(String name, JourneyMetric target, BigDecimal gte, BigDecimal lt);

    /** Joins multi-valued dimensions in groups as {@code a,b,c}. */
    OptionsStep flattenMultivaluedDimensions(boolean flatten);

    /** Uses another timestamp for the data, e.g. {@link AlternateTimeDimension#EVENT_TIME}. */
    OptionsStep alternateTimeDimension(AlternateTimeDimension dimension);

    /** The query. */
    JourneyAggregationQuery build();
  }

  /** Starts a query. */
  public static IntervalStep query() {
    return AggregateQueryBuilder.START;
  }
}
