package io.journeydsl.testkit.internal;

import io.journeydsl.catalog.ApiProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields the API requires, per wire model type, as the Java SDK 198.1.0 declares them
 * ({@code @ApiModelProperty(required = true)}), adjusted by {@link ApiProfile}; and the lists the API
 * documents as "one or more".
 */
final class RequiredFields {
  private static final Map<String, List<String>> SDK_198 = Map.ofEntries(
      Map.entry("ActionMap", List.of("displayName", "triggerWithSegments", "pageUrlConditions")),
      Map.entry("ActionMapScheduleGroup", List.of("id")),
      Map.entry("ActionMapScheduleGroups", List.of("actionMapScheduleGroup")),
      Map.entry("ActionSurvey", List.of("questions")),
      Map.entry("ActionTemplate", List.of("name", "mediaType", "state")),
      Map.entry("Activation", List.of("type")),
      Map.entry("AssociatedValueField", List.of("dataType", "name")),
      Map.entry("CallToAction", List.of("url")),
      Map.entry("ContentOffer", List.of("displayMode", "layoutMode")),
      Map.entry("Context", List.of("patterns")),
      Map.entry("ContextPattern", List.of("criteria")),
      Map.entry("Criteria", List.of("key", "values", "shouldIgnoreCase")),
      Map.entry("EntityTypeCriteria", List.of("key", "values", "shouldIgnoreCase")),
      Map.entry("EventCondition", List.of("key", "values", "streamType", "sessionType")),
      Map.entry("ExternalSegment", List.of("id", "name", "source")),
      Map.entry("Journey", List.of("patterns")),
      Map.entry("JourneyAggregateQueryClause", List.of("type", "predicates")),
      Map.entry("JourneyAggregateQueryFilter", List.of("type")),
      Map.entry("JourneyAggregationQuery", List.of("interval", "metrics")),
      Map.entry("JourneyAggregationView", List.of("target", "name", "function")),
      Map.entry("JourneyPattern", List.of("criteria", "streamType", "sessionType")),
      Map.entry("JourneySegment", List.of("displayName")),
      Map.entry("JourneySurveyQuestion", List.of("label")),
      Map.entry("KeyValue", List.of("key", "value")),
      Map.entry("OpenActionFields", List.of("openAction")),
      Map.entry("Outcome", List.of("displayName")),
      Map.entry("OutcomePercentileCondition", List.of("outcomeId", "maximumPercentile")),
      Map.entry("OutcomeProbabilityCondition", List.of("outcomeId", "maximumProbability")),
      Map.entry("OutcomeQuantileCondition", List.of("outcomeId", "maxQuantileThreshold")),
      Map.entry("PatchAction", List.of("mediaType")),
      Map.entry("PatchActionMap", List.of("displayName", "triggerWithSegments", "pageUrlConditions")),
      Map.entry("PatchActionTemplate", List.of("name")),
      Map.entry("PatchExternalSegment", List.of("name")),
      Map.entry("PatchOutcome", List.of("displayName")),
      Map.entry("PatchSegment", List.of("displayName")),
      Map.entry("UrlCondition", List.of("values", "operator")));

  /** Relaxed in the current API (JourneySegmentRequest / PatchSegment of 2024, ActionMap by 257.1.0). */
  private static final Map<String, List<String>> CURRENT_OVERRIDES = Map.of(
      "ActionMap", List.of("displayName"),
      "PatchActionMap", List.of(),
      "PatchSegment", List.of(),
      "PatchOutcome", List.of(),
      "PatchExternalSegment", List.of());

  private static final Set<String> NON_EMPTY = Set.of(
      "Context.patterns", "ContextPattern.criteria", "JourneyPattern.criteria",
      "JourneyAggregationQuery.metrics", "JourneyAggregateQueryClause.predicates");

  private RequiredFields() {}

  /** The required wire fields of a model type under a profile. */
  static List<String> of(String modelType, ApiProfile profile) {
    if (profile == ApiProfile.CURRENT && CURRENT_OVERRIDES.containsKey(modelType)) {
      return CURRENT_OVERRIDES.get(modelType);
    }
    return SDK_198.getOrDefault(modelType, List.of());
  }

  /** Whether a list field must hold at least one element. */
  static boolean nonEmpty(String modelType, String field) {
    return NON_EMPTY.contains(modelType + "." + field);
  }
}
