package io.journeydsl.validation.internal;

import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapActionTemplate;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.validation.Violation;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds references by name ({@code ${segment:Name}}) left in a request body: they are resolved to
 * ids at deploy time, and one that reaches the wire is sent to the API as a literal id.
 */
final class Placeholders {
  private Placeholders() {}

  static List<Violation> scan(@Nullable Object body) {
    List<Violation> out = new ArrayList<>();
    if (body instanceof ActionMap m) {
      scan(m.triggerWithSegments(), m.action() == null ? null : m.action().actionTemplate(),
          m.triggerWithOutcomeProbabilityConditions(), m.triggerWithOutcomePercentileConditions(),
          m.triggerWithOutcomeQuantileConditions(), out);
    } else if (body instanceof PatchActionMap m) {
      scan(m.triggerWithSegments(), m.action() == null ? null : m.action().actionTemplate(),
          m.triggerWithOutcomeProbabilityConditions(), m.triggerWithOutcomePercentileConditions(),
          m.triggerWithOutcomeQuantileConditions(), out);
    }
    return out;
  }

  private static void scan(@Nullable List<String> segments, @Nullable ActionMapActionTemplate template,
      @Nullable List<OutcomeProbabilityCondition> probability, @Nullable List<OutcomePercentileCondition> percentile,
      @Nullable List<OutcomeQuantileCondition> quantile, List<Violation> out) {
    each(segments, "triggerWithSegments", s -> "", s -> s, out);
    if (template != null) {
      check("action.actionTemplate.id", template.id(), out);
    }
    each(probability, "triggerWithOutcomeProbabilityConditions", c -> ".outcomeId", OutcomeProbabilityCondition::outcomeId, out);
    each(percentile, "triggerWithOutcomePercentileConditions", c -> ".outcomeId", OutcomePercentileCondition::outcomeId, out);
    each(quantile, "triggerWithOutcomeQuantileConditions", c -> ".outcomeId", OutcomeQuantileCondition::outcomeId, out);
  }

  private static <T> void each(@Nullable List<T> list, String name, Function<T, String> suffix,
      Function<T, String> wire, List<Violation> out) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element != null) {
        check(name + "[" + i + "]" + suffix.apply(element), wire.apply(element), out);
      }
    }
  }

  private static void check(String path, @Nullable String wire, List<Violation> out) {
    if (wire != null && (Ref.isPlaceholder(wire) || wire.startsWith("${"))) {
      out.add(Rule.REQUEST_PLACEHOLDER.at(path, wire));
    }
  }
}
