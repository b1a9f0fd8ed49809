package io.journeydsl.testkit.internal.core;

import io.journeydsl.analytics.AggregateMetricData;
import io.journeydsl.analytics.AggregateViewData;
import io.journeydsl.analytics.JourneyAggregateDataContainer;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyAggregationView;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.analytics.StatisticalResponse;
import io.journeydsl.analytics.StatisticalSummary;
import io.journeydsl.testkit.JourneyEvent;
import io.journeydsl.testkit.JourneyEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answers {@code POST /api/v2/analytics/journeys/aggregates/query} from seeded events: validates
 * interval, granularity, time zone, filter and views; keeps the events inside the interval that pass
 * the filter; groups them by the {@code groupBy} dimensions (a dimension an event lacks is left out
 * of its group) and by granularity bucket; and computes the requested metrics. Empty groups, buckets
 * and zero metrics are left out, as Genesys analytics does.
 */
final class AnalyticsEngine {
  private AnalyticsEngine() {}

  /** Validates the parts of a query the model checks cannot see; returns its window. */
  static QueryWindow validate(JourneyAggregationQuery query) {
    QueryWindow window = QueryWindow.of(query);
    EventFilter.check(query.filter());
    Set<String> names = new HashSet<>();
    for (JourneyMetric metric : query.metrics()) {
      names.add(metric.value());
    }
    List<JourneyAggregationView> views = query.views() == null ? List.of() : query.views();
    Set<String> viewNames = new HashSet<>();
    for (int i = 0; i < views.size(); i++) {
      JourneyAggregationView view = views.get(i);
      if (!viewNames.add(view.name()) || JourneyMetric.knownValues().stream().anyMatch(m -> m.value().equals(view.name()))) {
        throw ApiError.badField("views[" + i + "].name", "invalid.value",
            "View name '" + view.name() + "' must be distinct from other views and built-in metric names");
      }
      if (view.range() == null) {
        throw ApiError.badField("views[" + i + "].range", "required", "A rangeBound view needs a 'range'");
      }
    }
    return window;
  }

  static JourneyAggregateQueryResponse answer(JourneyAggregationQuery query, QueryWindow window, List<JourneyEvent> events) {
    List<String> groupBy = new ArrayList<>();
    if (query.groupBy() != null) {
      for (JourneyDimension dimension : query.groupBy()) {
        groupBy.add(dimension.value());
      }
    }
    Map<String, Map<String, String>> groupKeys = new TreeMap<>();
    Map<String, List<JourneyEvent>> groups = new TreeMap<>();
    for (JourneyEvent event : events) {
      if (event.timestamp().isBefore(window.start()) || !event.timestamp().isBefore(window.end())
          || !EventFilter.test(query.filter(), event)) {
        continue;
      }
      Map<String, String> group = new LinkedHashMap<>();
      for (String dimension : groupBy) {
        event.dimension(dimension).ifPresent(value -> group.put(dimension, value));
      }
      String key = group.toString();
      groupKeys.put(key, group);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
    }
    List<JourneyAggregateDataContainer> results = new ArrayList<>();
    for (Map.Entry<String, List<JourneyEvent>> entry : groups.entrySet()) {
      List<StatisticalResponse> data = new ArrayList<>();
      for (Instant[] bucket : window.buckets()) {
        List<JourneyEvent> inBucket = new ArrayList<>();
        for (JourneyEvent event : entry.getValue()) {
          if (!event.timestamp().isBefore(bucket[0]) && event.timestamp().isBefore(bucket[1])) {
            inBucket.add(event);
          }
        }
        StatisticalResponse response = bucket(query, bucket, inBucket);
        if (response != null) {
          data.add(response);
        }
      }
      if (!data.isEmpty()) {
        JourneyAggregateDataContainer.Builder container = JourneyAggregateDataContainer.builder().data(data);
        if (!groupBy.isEmpty()) {
          Map<JourneyDimension, String> group = new LinkedHashMap<>();
          groupKeys.get(entry.getKey()).forEach((dimension, value) -> group.put(JourneyDimension.of(dimension), value));
          container.group(group);
        }
        results.add(container.build());
      }
    }
    return JourneyAggregateQueryResponse.builder().results(results).build();
  }

  private static StatisticalResponse bucket(JourneyAggregationQuery query, Instant[] bucket, List<JourneyEvent> events) {
    if (events.isEmpty()) {
      return null;
    }
    List<AggregateMetricData> metrics = new ArrayList<>();
    for (JourneyMetric metric : query.metrics()) {
      List<BigDecimal> observations = observations(metric.value(), events);
      if (!observations.isEmpty()) {
        metrics.add(AggregateMetricData.builder().metric(metric).stats(stats(metric.value(), observations)).build());
      }
    }
    List<AggregateViewData> views = new ArrayList<>();
    if (query.views() != null) {
      for (JourneyAggregationView view : query.views()) {
        long count = observations(view.target().value(), events).stream()
            .filter(v -> (view.range().gte() == null || v.compareTo(view.range().gte()) >= 0)
                && (view.range().lt() == null || v.compareTo(view.range().lt()) < 0))
            .count();
        if (count > 0) {
          views.add(AggregateViewData.builder().name(view.name()).stats(StatisticalSummary.builder().count(count).build()).build());
        }
      }
    }
    if (metrics.isEmpty() && views.isEmpty()) {
      return null;
    }
    StatisticalResponse.Builder out = StatisticalResponse.builder().interval(QueryWindow.format(bucket)).metrics(metrics);
    if (!views.isEmpty()) {
      out.views(views);
    }
    return out.build();
  }

  /** One observation per counted event (value 1), or the observed values of outcome metrics. */
  private static List<BigDecimal> observations(String metric, List<JourneyEvent> events) {
    List<BigDecimal> out = new ArrayList<>();
    switch (metric) {
      case "nDistinctJourneySessions":
        events.stream().map(JourneyEvent::sessionId).distinct().forEach(s -> out.add(BigDecimal.ONE));
        return out;
      case "nDistinctJourneyActions":
        events.stream().map(e -> e.dimensions().get("journeyActionId")).filter(a -> a != null).distinct()
            .forEach(a -> out.add(BigDecimal.ONE));
        return out;
      case "oJourneyOutcomeValue":
        return values(events, JourneyEventType.OUTCOME_ACHIEVED);
      case "oJourneyOutcomeTouchpointValue":
        return values(events, JourneyEventType.OUTCOME_ATTRIBUTED);
      default:
        for (JourneyEvent event : events) {
          if (event.type().metric().equals(metric)) {
            out.add(BigDecimal.ONE);
          }
        }
        return out;
    }
  }

  private static List<BigDecimal> values(List<JourneyEvent> events, JourneyEventType type) {
    List<BigDecimal> out = new ArrayList<>();
    for (JourneyEvent event : events) {
      if (event.type() == type && event.value() != null) {
        out.add(event.value());
      }
    }
    return out;
  }

  private static StatisticalSummary stats(String metric, List<BigDecimal> observations) {
    StatisticalSummary.Builder stats = StatisticalSummary.builder().count((long) observations.size());
    if (metric.startsWith("o")) {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal min = observations.get(0);
      BigDecimal max = observations.get(0);
      for (BigDecimal value : observations) {
        sum = sum.add(value);
        min = min.min(value);
        max = max.max(value);
      }
      stats.sum(sum).min(min).max(max);
    }
    return stats.build();
  }
}
