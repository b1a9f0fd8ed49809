package io.journeydsl.testkit.internal.core;

import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.testkit.FakeAnalytics;
import io.journeydsl.testkit.JourneyEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** Thread-safe holder of seeded events and programmed responses. */
final class DefaultFakeAnalytics implements FakeAnalytics {
  private record Programmed(Predicate<JourneyAggregationQuery> when, JourneyAggregateQueryResponse response) {}

  private final List<JourneyEvent> events = new ArrayList<>();
  private final List<Programmed> programmed = new ArrayList<>();

  @Override
  public synchronized void record(Collection<JourneyEvent> more) {
    for (JourneyEvent event : more) {
      events.add(Objects.requireNonNull(event, "event"));
    }
  }

  @Override
  public synchronized List<JourneyEvent> events() {
    return List.copyOf(events);
  }

  @Override
  public synchronized void program(Predicate<JourneyAggregationQuery> when, JourneyAggregateQueryResponse response) {
    programmed.add(new Programmed(Objects.requireNonNull(when, "when"), Objects.requireNonNull(response, "response")));
  }

  @Override
  public synchronized void clear() {
    events.clear();
    programmed.clear();
  }

  /** Validates the query and answers it from a programmed response or from the events. */
  JourneyAggregateQueryResponse answer(JourneyAggregationQuery query) {
    QueryWindow window = AnalyticsEngine.validate(query);
    List<Programmed> rules;
    List<JourneyEvent> snapshot;
    synchronized (this) {
      rules = List.copyOf(programmed);
      snapshot = List.copyOf(events);
    }
    Optional<Programmed> match = rules.stream().filter(p -> p.when().test(query)).findFirst();
    return match.map(Programmed::response).orElseGet(() -> AnalyticsEngine.answer(query, window, snapshot));
  }
}
