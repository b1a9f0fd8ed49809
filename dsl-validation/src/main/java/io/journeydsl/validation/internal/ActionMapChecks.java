package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Values.isEmpty;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.PatchActionMap;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Cross-field rules of action maps, their activation and their trigger conditions. */
final class ActionMapChecks {
  private ActionMapChecks() {}

  static boolean check(Object value, Findings out) {
    if (value instanceof ActionMap m) {
      common(m.startDate(), m.endDate(), m.triggerWithOutcomeProbabilityConditions(),
          m.triggerWithOutcomePercentileConditions(), m.triggerWithOutcomeQuantileConditions(), out);
      if (isEmpty(m.triggerWithSegments()) && isEmpty(m.triggerWithEventConditions())
          && isEmpty(m.triggerWithOutcomeProbabilityConditions()) && isEmpty(m.triggerWithOutcomePercentileConditions())
          && isEmpty(m.triggerWithOutcomeQuantileConditions())) {
        out.add(Rule.ACTION_MAP_TRIGGER_NONE, "", null);
      }
      if (m.action() == null) {
        out.add(Rule.ACTION_MAP_ACTION_MISSING, "action", null);
      }
      if (m.activation() == null) {
        out.add(Rule.ACTION_MAP_ACTIVATION_MISSING, "activation", null);
      }
    } else if (value instanceof PatchActionMap m) {
      common(m.startDate(), m.endDate(), m.triggerWithOutcomeProbabilityConditions(),
          m.triggerWithOutcomePercentileConditions(), m.triggerWithOutcomeQuantileConditions(), out);
    } else if (value instanceof Activation a) {
      activation(a, out);
    } else if (value instanceof EventCondition c) {
      SegmentChecks.stream(c.streamType(), c.sessionType(), out);
    } else if (value instanceof OutcomeProbabilityCondition c) {
      if (c.probability() != null && c.maximumProbability() != null && c.probability() < c.maximumProbability()) {
        out.add(Rule.PROBABILITY_ORDER, "probability", c.probability(), Map.of("maximumProbability", c.maximumProbability()));
      }
    } else if (value instanceof OutcomeQuantileCondition c) {
      if (c.fallbackQuantileThreshold() != null && c.maxQuantileThreshold() != null
          && c.fallbackQuantileThreshold() >= c.maxQuantileThreshold()) {
        out.add(Rule.QUANTILE_ORDER, "fallbackQuantileThreshold", c.fallbackQuantileThreshold(),
            Map.of("maxQuantileThreshold", c.maxQuantileThreshold()));
      }
    } else {
      return false;
    }
    return true;
  }

  private static void common(@Nullable Instant start, @Nullable Instant end, @Nullable List<?> probability,
      @Nullable List<?> percentile, @Nullable List<?> quantile, Findings out) {
    if (start != null && end != null && !end.isAfter(start)) {
      out.add(Rule.ACTION_MAP_END_BEFORE_START, "endDate", end, Map.of("startDate", start));
    }
    if (!isEmpty(probability)) {
      out.add(Rule.DEPRECATED_OUTCOME_CONDITIONS, "triggerWithOutcomeProbabilityConditions", null);
    }
    if (!isEmpty(quantile)) {
      out.add(Rule.DEPRECATED_OUTCOME_CONDITIONS, "triggerWithOutcomeQuantileConditions", null);
    }
    if (!isEmpty(percentile)) {
      out.add(Rule.DEPRECATED_PERCENTILE_CONDITIONS, "triggerWithOutcomePercentileConditions", null);
    }
  }

  private static void activation(Activation a, Findings out) {
    if ("delay".equals(a.type()) && a.delayInSeconds() == null) {
      out.add(Rule.ACTIVATION_DELAY_MISSING, "delayInSeconds", null);
    } else if (a.type() != null && !"delay".equals(a.type()) && a.delayInSeconds() != null) {
      out.add(Rule.ACTIVATION_DELAY_UNEXPECTED, "delayInSeconds", a.delayInSeconds(), Map.of("type", a.type()));
    }
  }
}
