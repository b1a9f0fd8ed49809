package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.pattern.Context;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.VisitorJourney;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiled conditions of a segment or an outcome: context patterns on the visit and journey
 * patterns on the session's events. Every pattern and every criterion must hold (the documentation:
 * "the segment matches a visitor only when all the conditions match").
 */
final class Conditions {
  final List<Criterion[]> context;
  final EventPattern[] journey;

  private Conditions(List<Criterion[]> context, EventPattern[] journey) {
    this.context = context;
    this.journey = journey;
  }

  static Conditions of(Context context, VisitorJourney journey) {
    List<Criterion[]> ctx = new ArrayList<>();
    if (context != null && context.patterns() != null) {
      for (ContextPattern p : context.patterns()) {
        List<Criterion> criteria = new ArrayList<>();
        if (p != null && p.criteria() != null) {
          for (EntityTypeCriteria c : p.criteria()) {
            criteria.add(new Criterion(c.key(), c.operator() == null ? null : c.operator().value(), c.values(),
                Boolean.TRUE.equals(c.shouldIgnoreCase())));
          }
        }
        ctx.add(criteria.toArray(Criterion[]::new));
      }
    }
    List<EventPattern> patterns = new ArrayList<>();
    if (journey != null && journey.patterns() != null) {
      for (JourneyPattern p : journey.patterns()) {
        if (p == null) {
          continue;
        }
        List<Criterion> criteria = new ArrayList<>();
        if (p.criteria() != null) {
          for (Criteria c : p.criteria()) {
            criteria.add(new Criterion(c.key(), c.operator() == null ? null : c.operator().value(), c.values(),
                Boolean.TRUE.equals(c.shouldIgnoreCase())));
          }
        }
        // A missing count is taken as 1: "the number of times the pattern must match" has no documented default.
        int count = p.count() == null ? 1 : Math.max(1, p.count());
        patterns.add(new EventPattern(p.streamType() == null ? "" : p.streamType().value(),
            p.sessionType() == null ? "" : p.sessionType(), p.eventName(), criteria, count));
      }
    }
    return new Conditions(List.copyOf(ctx), patterns.toArray(EventPattern[]::new));
  }

  /** Whether there is anything to match: a segment or outcome without conditions matches nobody. */
  boolean isEmpty() {
    return context.isEmpty() && journey.length == 0;
  }

  /** Whether the visit context satisfies every context pattern. */
  boolean contextMatches(Map<String, String> visit) {
    return firstContextFailure(visit) == null;
  }

  /** The first context criterion the visit fails, or null. */
  Criterion firstContextFailure(Map<String, String> visit) {
    for (Criterion[] pattern : context) {
      if (pattern.length == 0) {
        return new Criterion("(empty context pattern)", "equal", List.of(), false);
      }
      for (Criterion c : pattern) {
        if (!c.test(visit.get(c.key()))) {
          return c;
        }
      }
    }
    return null;
  }
}
