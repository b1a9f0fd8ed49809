package io.journeydsl.analytics;

import io.journeydsl.catalog.Iso8601;
import io.journeydsl.JourneyDslException;
import io.journeydsl.internal.Args;
import io.journeydsl.json.WireInstant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.function.Consumer;

/** The immutable state behind every step: each call returns a new builder over a copied query. */
final class AggregateQueryBuilder implements AggregateQuerySteps.IntervalStep, AggregateQuerySteps.MetricsStep,
    AggregateQuerySteps.OptionsStep {
  static final AggregateQueryBuilder START = new AggregateQueryBuilder(JourneyAggregationQuery.builder().build());

  private final JourneyAggregationQuery query;

  private AggregateQueryBuilder(JourneyAggregationQuery query) {
    this.query = query;
  }

  @Override
  public AggregateQuerySteps.MetricsStep interval(Instant start, Instant end) {
    Args.requireNonNull(start, "interval start");
    Args.requireNonNull(end, "interval end");
    if (!end.isAfter(start)) {
      throw new JourneyDslException("interval end " + end + " must be after start " + start);
    }
    return interval(WireInstant.format(start) + "/" + WireInstant.format(end));
  }

  @Override
  public AggregateQuerySteps.MetricsStep interval(Instant start, Duration length) {
    Args.requireNonNull(length, "interval length");
    return interval(start, Args.requireNonNull(start, "interval start").plus(length));
  }

  @Override
  public AggregateQuerySteps.MetricsStep interval(String isoInterval) {
    return edit(b -> b.interval(Args.requireText(isoInterval, "interval")));
  }

  @Override
  public AggregateQuerySteps.OptionsStep metrics(JourneyMetric first, JourneyMetric... more) {
    return edit(b -> b.metrics(Args.nonNullList("metric", first, more)));
  }

  @Override
  public AggregateQuerySteps.OptionsStep granularity(Duration bucket) {
    return edit(b -> b.granularity(Args.requireNonNull(bucket, "granularity").toString()));
  }

  @Override
  public AggregateQuerySteps.OptionsStep granularity(Period bucket) {
    return edit(b -> b.granularity(Args.requireNonNull(bucket, "granularity").toString()));
  }

  @Override
  public AggregateQuerySteps.OptionsStep granularity(String isoDuration) {
    Args.requireText(isoDuration, "granularity");
    if (Iso8601.duration(isoDuration).isEmpty()) {
      throw new JourneyDslException("granularity '" + isoDuration + "' is not an ISO-8601 duration such as P1D or PT1H");
    }
    return edit(b -> b.granularity(isoDuration));
  }

  @Override
  public AggregateQuerySteps.OptionsStep timeZone(ZoneId zone) {
    return edit(b -> b.timeZone(Args.requireNonNull(zone, "timeZone").getId()));
  }

  @Override
  public AggregateQuerySteps.OptionsStep groupBy(JourneyDimension first, JourneyDimension... more) {
    return edit(b -> b.groupBy(Args.nonNullList("groupBy dimension", first, more)));
  }

  @Override
  public AggregateQuerySteps.OptionsStep filter(JourneyAggregateQueryFilter filter) {
    return edit(b -> b.filter(Args.requireNonNull(filter, "filter")));
  }

  @Override
  public AggregateQuerySteps.OptionsStep rangeView(String name, JourneyMetric target, BigDecimal gte, BigDecimal lt) {
    JourneyAggregationView view = JourneyAggregationView.builder()
        .name(Args.requireText(name, "view name"))
        .target(Args.requireNonNull(target, "view target"))
        .function(ViewFunction.RANGE_BOUND)
        .range(r -> r.gte(gte).lt(lt))
        .build();
    return edit(b -> b.addView(view));
  }

  @Override
  public AggregateQuerySteps.OptionsStep flattenMultivaluedDimensions(boolean flatten) {
    return edit(b -> b.flattenMultivaluedDimensions(flatten));
  }

  @Override
  public AggregateQuerySteps.OptionsStep alternateTimeDimension(AlternateTimeDimension dimension) {
    return edit(b -> b.alternateTimeDimension(
        Args.requireNonNull(dimension, "alternateTimeDimension")));
  }

  @Override
  public JourneyAggregationQuery build() {
    return query;
  }

  private AggregateQueryBuilder edit(Consumer<JourneyAggregationQuery.Builder> change) {
    JourneyAggregationQuery.Builder builder = JourneyAggregationQuery.builder().from(query);
    change.accept(builder);
    return new AggregateQueryBuilder(builder.build());
  }
}
