package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Values.isEmpty;

import io.journeydsl.analytics.AggregationRange;
import io.journeydsl.analytics.JourneyAggregateQueryClause;
import io.journeydsl.analytics.JourneyAggregateQueryFilter;
import io.journeydsl.analytics.JourneyAggregateQueryPredicate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyAggregationView;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.analytics.NumericRange;
import io.journeydsl.analytics.PredicateOperator;
import io.journeydsl.analytics.PredicateType;
import io.journeydsl.analytics.ViewFunction;
import io.journeydsl.catalog.Iso8601;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cross-field rules of the journey aggregates query: interval and granularity, views, filter. */
final class AggregateChecks {
  /** Enough for a year of minutes; a finer granularity than that is left unjudged. */
  private static final int MAX_STEPS = 600_000;

  private AggregateChecks() {}

  static boolean check(Object value, Findings out) {
    if (value instanceof JourneyAggregationQuery q) {
      query(q, out);
    } else if (value instanceof JourneyAggregateQueryFilter f) {
      if (isEmpty(f.clauses()) && isEmpty(f.predicates())) {
        out.add(Rule.AGGREGATE_FILTER_EMPTY, "", null);
      }
    } else if (value instanceof JourneyAggregateQueryClause c) {
      if (c.unknownFields().containsKey("clauses")) {
        out.add(Rule.AGGREGATE_FILTER_NESTING, "clauses", null);
      }
    } else if (value instanceof JourneyAggregateQueryPredicate p) {
      predicate(p, out);
    } else if (value instanceof NumericRange r) {
      BigDecimal lower = r.gt() != null ? r.gt() : r.gte();
      BigDecimal upper = r.lt() != null ? r.lt() : r.lte();
      boolean closed = r.gt() == null && r.lt() == null;
      if (lower == null && upper == null || lower != null && upper != null
          && (closed ? lower.compareTo(upper) > 0 : lower.compareTo(upper) >= 0)) {
        out.add(Rule.AGGREGATE_RANGE_EMPTY, "", null);
      }
    } else if (value instanceof AggregationRange r) {
      if (r.gte() == null && r.lt() == null || r.gte() != null && r.lt() != null && r.gte().compareTo(r.lt()) >= 0) {
        out.add(Rule.AGGREGATE_RANGE_EMPTY, "", null);
      }
    } else if (value instanceof JourneyAggregationView v) {
      if (ViewFunction.RANGE_BOUND.equals(v.function()) && v.range() == null) {
        out.add(Rule.AGGREGATE_VIEW_RANGE_MISSING, "range", null);
      }
    } else {
      return false;
    }
    return true;
  }

  private static void query(JourneyAggregationQuery q, Findings out) {
    if (q.interval() != null && q.granularity() != null) {
      Iso8601.Interval interval = Iso8601.interval(q.interval(), zone(q.timeZone())).orElse(null);
      Iso8601.IsoDuration granularity = Iso8601.duration(q.granularity()).orElse(null);
      if (interval != null && granularity != null && interval.end().isAfter(interval.start())) {
        // Stepped in the query's zone as the calendar has it (P1M is a calendar month), exactly as the
        // fake buckets it; past MAX_STEPS buckets the length alone cannot tell, so nothing is said.
        granularity.tile(interval, zone(q.timeZone()), MAX_STEPS).ifPresent(tiling -> {
          Map<String, ?> args = Map.of("interval", q.interval());
          if (tiling.wholeSteps() == 0) {
            out.add(Rule.AGGREGATE_GRANULARITY_TOO_LONG, "granularity", q.granularity(), args);
          } else if (!tiling.exact()) {
            out.add(Rule.AGGREGATE_GRANULARITY_UNEVEN, "granularity", q.granularity(), args);
          }
        });
      }
    }
    List<JourneyAggregationView> views = q.views();
    if (views == null) {
      return;
    }
    Set<String> metrics = new HashSet<>();
    JourneyMetric.knownValues().forEach(m -> metrics.add(m.value()));
    if (q.metrics() != null) {
      q.metrics().forEach(m -> metrics.add(m.value()));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < views.size(); i++) {
      String name = views.get(i).name();
      if (name == null) {
        continue;
      }
      if (metrics.contains(name)) {
        out.add(Rule.AGGREGATE_VIEW_NAME_METRIC, "views[" + i + "].name", name);
      } else if (!seen.add(name)) {
        out.add(Rule.AGGREGATE_VIEW_NAME_DUPLICATE, "views[" + i + "].name", name);
      }
    }
  }

  /** The query's zone for local date-times; UTC when absent or invalid (the time zone rule reports that). */
  private static ZoneId zone(@Nullable String timeZone) {
    if (timeZone == null) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }

  private static void predicate(JourneyAggregateQueryPredicate p, Findings out) {
    if ((p.type() == null || PredicateType.DIMENSION.equals(p.type())) && p.dimension() == null) {
      out.add(Rule.AGGREGATE_PREDICATE_DIMENSION_MISSING, "dimension", null);
    }
    PredicateOperator operator = p.operator() == null ? PredicateOperator.MATCHES : p.operator();
    Map<String, ?> args = Map.of("operator", operator);
    if (p.value() != null && p.range() != null) {
      out.add(Rule.AGGREGATE_PREDICATE_VALUE_AND_RANGE, "range", null);
    }
    if (operator.equals(PredicateOperator.MATCHES) && p.value() == null && p.range() == null) {
      out.add(Rule.AGGREGATE_PREDICATE_VALUE_MISSING, "value", null, args);
    } else if (operator.equals(PredicateOperator.EXISTS) || operator.equals(PredicateOperator.NOT_EXISTS)) {
      unexpected(p.value(), "value", args, out);
      unexpected(p.range(), "range", args, out);
    }
  }

  private static void unexpected(@Nullable Object value, String path, Map<String, ?> args, Findings out) {
    if (value != null) {
      out.add(Rule.AGGREGATE_PREDICATE_VALUE_UNEXPECTED, path, value, args);
    }
  }
}
