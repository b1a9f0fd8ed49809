package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.OutcomeScore;
import io.journeydsl.testkit.simulator.Rule;
import io.journeydsl.testkit.simulator.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an action map qualifies at a step, checked in the order a reader would: active, within its
 * dates, not already qualified in the session, then its triggers (segments, visitor activity,
 * outcomes), all of which must hold. With {@code explain} false nothing is formatted.
 */
final class Qualifier {
  static final String NO_TRIGGER = "a map with neither a trigger segment nor an event condition never qualifies";
  static final String CONDITIONS_OVER_SESSION =
      "an event condition is met by any event of the session so far, not only the current one";
  static final String BOTH_TRIGGERS =
      "segment triggers and event conditions together must both hold (the documentation says they cannot be combined)";

  private Qualifier() {}

  static Check check(Compiled c, MapRule m, Snapshot s, boolean explain) {
    if (!m.active) {
      return fail(explain, Verdict.NOT_QUALIFIED, Rule.ACTIVE, "isActive is false", null);
    }
    if (m.startDate != null && s.at().isBefore(m.startDate)) {
      return fail(explain, Verdict.NOT_QUALIFIED, Rule.DATE_WINDOW, "the event at " + s.at() + " is before its startDate " + m.startDate, null);
    }
    if (m.endDate != null && !s.at().isBefore(m.endDate)) {
      return fail(explain, Verdict.NOT_QUALIFIED, Rule.DATE_WINDOW, "the event at " + s.at() + " is at or after its endDate " + m.endDate,
          "the end date itself is outside the window [startDate, endDate)");
    }
    if (s.qualified().get(m.index)) {
      return fail(explain, Verdict.ALREADY_QUALIFIED, Rule.ONCE_PER_SESSION, "it already qualified in session " + s.session().id(), null);
    }
    if (m.triggerSegments.length == 0 && m.eventConditions.length == 0) {
      String why = m.unknownSegments.isEmpty() ? "it has no trigger segment and no event condition"
          : "its trigger segments " + m.unknownSegments + " are not in the configuration";
      return fail(explain, Verdict.NOT_QUALIFIED, Rule.TRIGGERS, why, NO_TRIGGER);
    }
    String by = null;
    if (m.triggerSegments.length > 0) {
      int hit = -1;
      boolean consumedOnly = false;
      for (int seg : m.triggerSegments) {
        if (s.assigned().get(seg)) {
          if (isConsumed(m, seg, s)) {
            consumedOnly = true;
          } else {
            hit = seg;
            break;
          }
        }
      }
      if (hit < 0) {
        if (consumedOnly) {
          return fail(explain, Verdict.ALREADY_QUALIFIED, Rule.TRIGGERS,
              "it already qualified once from this customer segment assignment", null);
        }
        if (!explain) {
          return Check.FAIL;
        }
        List<String> why = new ArrayList<>();
        for (int seg : m.triggerSegments) {
          why.add(Explain.segment(c, c.segments.get(seg), s).reason());
        }
        return fail(true, Verdict.NOT_QUALIFIED, Rule.TRIGGERS, "none of its trigger segments is assigned: "
            + String.join("; ", why), null);
      }
      by = explain ? "segment '" + c.segments.get(hit).name + "' is assigned" : "";
    }
    for (int i = 0; i < m.eventConditions.length; i++) {
      if (!s.conditions()[m.conditionOffset + i]) {
        return fail(explain, Verdict.NOT_QUALIFIED, Rule.TRIGGERS, explain ? "event condition " + (i + 1) + " ("
            + m.eventConditions[i] + ") is not met by any event of session " + s.session().id() + " so far" : "",
            CONDITIONS_OVER_SESSION);
      }
    }
    for (OutcomeCondition oc : m.outcomeConditions) {
      OutcomeScore score = score(s, oc);
      Double maxQ = oc.outcomeId() != null && s.maxQuantiles().containsKey(oc.outcomeId())
          ? s.maxQuantiles().get(oc.outcomeId()) : s.maxQuantiles().get(oc.outcomeName());
      if (!oc.test(score, maxQ)) {
        return fail(explain, Verdict.NOT_QUALIFIED, Rule.TRIGGERS, explain ? "outcome condition not met: " + oc
            + "; the score given is " + (score == null ? "none" : score) + (maxQ == null ? "" : ", session's highest quantile " + maxQ) : "",
            null);
      }
    }
    if (!explain) {
      return Check.PASS;
    }
    List<String> parts = new ArrayList<>();
    if (by != null) {
      parts.add(by);
    }
    if (m.eventConditions.length > 0) {
      parts.add("its " + m.eventConditions.length + " event condition(s) are met");
    }
    if (!m.outcomeConditions.isEmpty()) {
      parts.add("its " + m.outcomeConditions.size() + " outcome condition(s) are met");
    }
    String assumption = m.eventConditions.length > 0 ? (m.triggerSegments.length > 0 ? BOTH_TRIGGERS : CONDITIONS_OVER_SESSION) : null;
    return new Check(true, null, Rule.TRIGGERS, String.join(" and ", parts), assumption);
  }

  static OutcomeScore score(Snapshot s, OutcomeCondition oc) {
    OutcomeScore score = s.scores().get(oc.outcomeName());
    if (score == null && oc.outcomeId() != null) {
      score = s.scores().get(oc.outcomeId());
    }
    return score;
  }

  static boolean isConsumed(MapRule m, int seg, Snapshot s) {
    java.time.Instant since = s.customerSince()[seg];
    return since != null && s.consumed().contains(key(m, seg, since));
  }

  static String key(MapRule m, int seg, java.time.Instant since) {
    return m.index + ":" + seg + ":" + since.toEpochMilli();
  }

  private static Check fail(boolean explain, Verdict verdict, Rule rule, String reason, String assumption) {
    return explain ? new Check(false, verdict, rule, reason, assumption) : Check.FAIL;
  }
}
