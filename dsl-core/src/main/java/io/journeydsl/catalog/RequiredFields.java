package io.journeydsl.catalog;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapScheduleGroup;
import io.journeydsl.actionmap.ActionMapScheduleGroups;
import io.journeydsl.actionmap.ActionSurvey;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.JourneySurveyQuestion;
import io.journeydsl.actionmap.OpenActionFields;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.PatchAction;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actionmap.PatchActionMapScheduleGroups;
import io.journeydsl.actionmap.PatchActionSurvey;
import io.journeydsl.actionmap.PatchSurveyQuestion;
import io.journeydsl.actionmap.UrlCondition;
import io.journeydsl.actiontarget.KeyValue;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.CallToAction;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.analytics.JourneyAggregateQueryClause;
import io.journeydsl.analytics.JourneyAggregateQueryFilter;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyAggregationView;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.outcome.AssociatedValueField;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.pattern.Context;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.VisitorJourney;
import io.journeydsl.segment.ExternalSegment;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchExternalSegment;
import io.journeydsl.segment.PatchSegment;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields the API requires in each request body, per {@link ApiProfile}, and the lists it
 * documents as "one or more". The fake rejects a body missing one of these; the validator reports it
 * (an error when every profile requires the field, the {@code field.required.olderApi} warning when
 * only {@link ApiProfile#SDK_198} does).
 *
 * <p>{@link ApiProfile#SDK_198} is the Java SDK 198.1.0's {@code @ApiModelProperty(required = true)},
 * create and PATCH models alike (nested PATCH models included: {@code PatchAction.mediaType},
 * {@code PatchActionMapScheduleGroups.actionMapScheduleGroup}, {@code PatchActionSurvey.questions},
 * {@code PatchSurveyQuestion.label}; {@code PatchActionTarget}, {@code PatchContentOffer} and
 * {@code PatchCallToAction} require nothing). {@link ApiProfile#CURRENT} differs only where a later
 * source shows the API relaxed a rule:
 * <ul>
 *   <li>{@code PatchSegment}: nothing ({@code displayName} optional since SDK 195.0.0, February
 *       2024); {@code PatchExternalSegment}: nothing ({@code name} optional since 195.0.0);</li>
 *   <li>{@code ActionMap} (create): {@code displayName} only ({@code triggerWithSegments} and
 *       {@code pageUrlConditions} optional by SDK 257.1.0);</li>
 *   <li>{@code PatchActionMap}: {@code displayName} and {@code pageUrlConditions}. SDK 257.1.0 still
 *       requires all three SDK 198 fields on PATCH; {@code triggerWithSegments} is dropped because the
 *       Terraform provider (optional since its PR #457, March 2023) sends it as {@code null} on
 *       update when unset, while it always sends {@code displayName} and {@code pageUrlConditions}
 *       ({@code []} when none).</li>
 * </ul>
 * {@code PatchOutcome} keeps {@code displayName} (still required at 195.0.0; the current API
 * answers 410 for outcomes anyway), {@code PatchActionTemplate} keeps {@code name}.
 *
 * <p>{@code version} is required by no PATCH body here: no SDK marks it required, and a missing
 * version is not known to be refused (clients such as Terraform always send it). A stale version is
 * a conflict, not a missing field; the fake's own refusal of a PATCH without {@code version} is its
 * switchable strictness ({@code allowPatchWithoutVersion}), not an API fact.
 */
public final class RequiredFields {
  private static final Map<Class<?>, List<String>> SDK_198 = Map.ofEntries(
      entry(ActionMap.class, "displayName", "triggerWithSegments", "pageUrlConditions"),
      entry(ActionMapScheduleGroup.class, "id"),
      entry(ActionMapScheduleGroups.class, "actionMapScheduleGroup"),
      entry(ActionSurvey.class, "questions"),
      entry(ActionTemplate.class, "name", "mediaType", "state"),
      entry(Activation.class, "type"),
      entry(AssociatedValueField.class, "dataType", "name"),
      entry(CallToAction.class, "url"),
      entry(ContentOffer.class, "displayMode", "layoutMode"),
      entry(Context.class, "patterns"),
      entry(ContextPattern.class, "criteria"),
      entry(Criteria.class, "key", "values", "shouldIgnoreCase"),
      entry(EntityTypeCriteria.class, "key", "values", "shouldIgnoreCase"),
      entry(EventCondition.class, "key", "values", "streamType", "sessionType"),
      entry(ExternalSegment.class, "id", "name", "source"),
      entry(VisitorJourney.class, "patterns"),
      entry(JourneyAggregateQueryClause.class, "type", "predicates"),
      entry(JourneyAggregateQueryFilter.class, "type"),
      entry(JourneyAggregationQuery.class, "interval", "metrics"),
      entry(JourneyAggregationView.class, "target", "name", "function"),
      entry(JourneyPattern.class, "criteria", "streamType", "sessionType"),
      entry(JourneySegment.class, "displayName"),
      entry(JourneySurveyQuestion.class, "label"),
      entry(KeyValue.class, "key", "value"),
      entry(OpenActionFields.class, "openAction"),
      entry(Outcome.class, "displayName"),
      entry(OutcomePercentileCondition.class, "outcomeId", "maximumPercentile"),
      entry(OutcomeProbabilityCondition.class, "outcomeId", "maximumProbability"),
      entry(OutcomeQuantileCondition.class, "outcomeId", "maxQuantileThreshold"),
      entry(PatchAction.class, "mediaType"),
      entry(PatchActionMap.class, "displayName", "triggerWithSegments", "pageUrlConditions"),
      entry(PatchActionMapScheduleGroups.class, "actionMapScheduleGroup"),
      entry(PatchActionSurvey.class, "questions"),
      entry(PatchActionTemplate.class, "name"),
      entry(PatchExternalSegment.class, "name"),
      entry(PatchOutcome.class, "displayName"),
      entry(PatchSegment.class, "displayName"),
      entry(PatchSurveyQuestion.class, "label"),
      entry(UrlCondition.class, "values", "operator"));

  /** Where {@link ApiProfile#CURRENT} differs from SDK 198 (sources in the class comment). */
  private static final Map<Class<?>, List<String>> CURRENT_OVERRIDES = Map.of(
      ActionMap.class, List.of("displayName"),
      PatchActionMap.class, List.of("displayName", "pageUrlConditions"),
      PatchSegment.class, List.of(),
      PatchExternalSegment.class, List.of());

  private static final Map<Class<?>, String> NON_EMPTY = Map.of(
      Context.class, "patterns",
      ContextPattern.class, "criteria",
      JourneyPattern.class, "criteria",
      JourneyAggregationQuery.class, "metrics",
      JourneyAggregateQueryClause.class, "predicates");

  private RequiredFields() {}

  /** The required wire fields of a model type under a profile, in declaration order; empty for others. */
  public static List<String> of(Class<?> modelType, ApiProfile profile) {
    if (profile == ApiProfile.CURRENT && CURRENT_OVERRIDES.containsKey(modelType)) {
      return CURRENT_OVERRIDES.get(modelType);
    }
    return SDK_198.getOrDefault(modelType, List.of());
  }

  /** Whether {@code field} of {@code modelType} is required under every profile. */
  public static boolean requiredInEveryProfile(Class<?> modelType, String field) {
    for (ApiProfile profile : ApiProfile.values()) {
      if (!of(modelType, profile).contains(field)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the list {@code field} of {@code modelType} must hold at least one element. */
  public static boolean nonEmpty(Class<?> modelType, String field) {
    return field.equals(NON_EMPTY.get(modelType));
  }

  /** Every model type with a required field under some profile. */
  public static Set<Class<?>> types() {
    return SDK_198.keySet();
  }

  private static Map.Entry<Class<?>, List<String>> entry(Class<?> type, String... fields) {
    return Map.entry(type, List.of(fields));
  }
}
