package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.SegmentMatch;
import io.journeydsl.testkit.simulator.VisitorEvent;

/** Explanations computed on demand from a step's snapshot: why a segment does or does not match. */
final class Explain {
  private Explain() {}

  static SegmentMatch segment(Compiled c, SegmentRule r, Snapshot s) {
    if (s.assigned().get(r.index)) {
      java.time.Instant since = s.customerSince()[r.index];
      String why = since != null && since.isBefore(s.session().events().get(0).at())
          ? "customer segment assigned since " + since + " (customer segments persist across sessions)"
          : "all its conditions matched in session " + s.session().id();
      return new SegmentMatch(r.name, true, why);
    }
    return new SegmentMatch(r.name, false, "'" + r.name + "' does not match: " + whyNot(r.active, r.conditions, s));
  }

  /** Why conditions (of a segment or outcome) do not hold at the snapshot's event. */
  static String whyNot(boolean active, Conditions conditions, Snapshot s) {
    if (!active) {
      return "it is inactive (isActive false)";
    }
    if (conditions.isEmpty()) {
      return "it has no condition (assumption: a segment or outcome without conditions matches nobody)";
    }
    Criterion failed = conditions.firstContextFailure(s.visitorContext());
    if (failed != null) {
      String actual = s.visitorContext().get(failed.key());
      return "context criterion " + failed + " is not met (the visitor's " + failed.key() + " is "
          + (actual == null ? "absent" : "'" + actual + "'") + ")";
    }
    for (int p = 0; p < conditions.journey.length; p++) {
      EventPattern pattern = conditions.journey[p];
      if (!pattern.appliesTo(s.session().stream())) {
        return "journey pattern " + (p + 1) + " counts " + pattern.streamType + "/" + pattern.sessionType
            + " sessions and session " + s.session().id() + " is " + s.session().stream();
      }
      int n = 0;
      for (int i = 0; i <= s.eventIndex(); i++) {
        if (pattern.matches(s.session().events().get(i))) {
          n++;
        }
      }
      if (n < pattern.count) {
        VisitorEvent event = s.event();
        Criterion now = pattern.firstFailure(event);
        String current = pattern.eventName != null && !pattern.eventName.equals(event.eventName())
            ? "this event is '" + event.eventName() + "'"
            : now == null ? "this event matches" : "this event fails " + now + " (its " + now.key() + " is "
                + event.field(now.key()).map(v -> "'" + v + "'").orElse("absent") + ")";
        return "journey pattern " + (p + 1) + " (" + pattern + ") matched " + n + " of " + pattern.count
            + " times in session " + s.session().id() + "; " + current;
      }
    }
    return "its conditions hold but it was not assigned";
  }
}
