package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Values.isEmpty;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.criteria.JourneyKeys;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.HashMap;
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
      duplicateSegments(m.triggerWithSegments(), out);
    } else if (value instanceof PatchActionMap m) {
      common(m.startDate(), m.endDate(), m.triggerWithOutcomeProbabilityConditions(),
          m.triggerWithOutcomePercentileConditions(), m.triggerWithOutcomeQuantileConditions(), out);
      duplicateSegments(m.triggerWithSegments(), out);
    } else if (value instanceof Activation a) {
      activation(a, out);
    } else if (value instanceof EventCondition c) {
      SegmentChecks.stream(c.streamType(), c.sessionType(), out);
      eventKey(c, out);
      SegmentChecks.operatorSuitsKey(c.key(), c.operator(), out);
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

  /** A segment listed twice triggers nothing more: the second is reported. */
  private static void duplicateSegments(@Nullable List<String> segments, Findings out) {
    if (segments == null) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment == null || segment.isBlank()) {
        continue;
      }
      Integer at = first.putIfAbsent(segment, i);
      if (at != null) {
        out.add(Rule.ACTION_MAP_SEGMENT_DUPLICATE, "triggerWithSegments[" + i + "]", segment, Map.of("first", at));
      }
    }
  }

  /**
   * The key of an event condition against its {@code eventName} (the API checks keys against the
   * event type: "Key 'page.titleChanged' is invalid for event type page_viewed"): a journey key
   * ({@code page.*}, {@code searchQuery}, {@code eventName}, {@code attributes.<name>.value});
   * {@code eventName} only when no event is named (otherwise the condition names it twice), and an
   * event attribute only when one is (attributes belong to an event type).
   */
  private static void eventKey(EventCondition c, Findings out) {
    String key = c.key();
    if (key == null || key.isBlank()) {
      return;
    }
    boolean named = c.eventName() != null && !c.eventName().isBlank();
    String context = named ? "on event '" + c.eventName() + "'" : "without eventName";
    String reason = null;
    if (!JourneyKeys.isJourneyKey(key)) {
      reason = "not a journey key (one of " + String.join(", ", JourneyKeys.names()) + ", or attributes.<name>.value)";
    } else if (named && key.equals(JourneyKeys.EVENT_NAME.key())) {
      reason = "the event is already named by eventName";
    } else if (!named && !JourneyKeys.names().contains(key)) {
      reason = "an event attribute needs the eventName of the event that carries it";
    }
    if (reason != null) {
      out.add(Rule.EVENT_CONDITION_KEY, "key", key, Map.of("context", context, "reason", reason));
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
