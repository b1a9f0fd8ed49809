package io.journeydsl.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Where an action map refers to segments, outcomes and action templates by id. */
final class References {
  static final Map<Resource, List<String>> PATHS = Map.of(
      Resource.SEGMENTS, List.of("triggerWithSegments"),
      Resource.OUTCOMES, List.of("triggerWithOutcomeProbabilityConditions.outcomeId",
          "triggerWithOutcomePercentileConditions.outcomeId",
          "triggerWithOutcomeQuantileConditions.outcomeId"),
      Resource.ACTION_TEMPLATES, List.of("action.actionTemplate.id"));

  private References() {}

  /** Whether an action map refers to the entity {@code id} of {@code target}. */
  static boolean refersTo(JsonNode actionMap, Resource target, String id) {
    for (String path : PATHS.getOrDefault(target, List.of())) {
      if (JsonPaths.values(actionMap, path).contains(id)) {
        return true;
      }
    }
    return false;
  }
}
