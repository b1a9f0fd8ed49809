package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Defs.crossField;
import static io.journeydsl.validation.internal.Defs.duration;
import static io.journeydsl.validation.internal.Defs.interval;
import static io.journeydsl.validation.internal.Defs.known;
import static io.journeydsl.validation.internal.Defs.notBlank;
import static io.journeydsl.validation.internal.Defs.timeZone;

import io.journeydsl.analytics.AggregationRange;
import io.journeydsl.analytics.JourneyAggregateQueryClause;
import io.journeydsl.analytics.JourneyAggregateQueryFilter;
import io.journeydsl.analytics.JourneyAggregateQueryPredicate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyAggregationView;
import io.journeydsl.analytics.NumericRange;

/** Field rules of the journey aggregates query. */
final class AggregateConstraints {
  private AggregateConstraints() {}

  static void declare(CatalogueMapping m) {
    m.type(JourneyAggregationQuery.class).constraint(crossField())
        .getter("interval").constraint(interval())
        .getter("granularity").constraint(duration())
        .getter("timeZone").constraint(timeZone())
        .getter("groupBy").containerElementType().constraint(known())
        .getter("filter").valid()
        .getter("metrics").containerElementType().constraint(known())
        .getter("views").containerElementType().valid()
        .getter("alternateTimeDimension").constraint(known());
    m.type(JourneyAggregateQueryFilter.class).constraint(crossField())
        .getter("type").constraint(known())
        .getter("clauses").containerElementType().valid()
        .getter("predicates").containerElementType().valid();
    m.type(JourneyAggregateQueryClause.class).constraint(crossField())
        .getter("type").constraint(known())
        .getter("predicates").containerElementType().valid();
    m.type(JourneyAggregateQueryPredicate.class).constraint(crossField())
        .getter("type").constraint(known())
        .getter("dimension").constraint(known())
        .getter("operator").constraint(known())
        .getter("range").valid();
    m.type(NumericRange.class).constraint(crossField());
    m.type(JourneyAggregationView.class).constraint(crossField())
        .getter("target").constraint(known())
        .getter("name").constraint(notBlank())
        .getter("function").constraint(known())
        .getter("range").valid();
    m.type(AggregationRange.class).constraint(crossField());
  }
}
