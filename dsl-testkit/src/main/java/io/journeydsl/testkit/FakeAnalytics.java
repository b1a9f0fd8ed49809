package io.journeydsl.testkit;

import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The data behind the fake's {@code POST /api/v2/analytics/journeys/aggregates/query}: seeded journey
 * events from which count metrics are computed, and programmed responses that take precedence.
 */
public interface FakeAnalytics {

  /**
   * Adds events.
   *
   * @param events the events
   */
  void record(Collection<JourneyEvent> events);

  /**
   * Adds events.
   *
   * @param events the events
   */
  default void record(JourneyEvent... events) {
    record(List.of(events));
  }

  /** The seeded events, in insertion order. */
  List<JourneyEvent> events();

  /**
   * Answers every valid query matching {@code when} with {@code response} instead of computing it;
   * the first matching programmed response wins.
   *
   * @param when the condition on the query
   * @param response the response
   */
  void program(Predicate<JourneyAggregationQuery> when, JourneyAggregateQueryResponse response);

  /** Forgets the events and the programmed responses. */
  void clear();
}
