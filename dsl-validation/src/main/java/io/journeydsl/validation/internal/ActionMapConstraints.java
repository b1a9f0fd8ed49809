package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Defs.atLeast;
import static io.journeydsl.validation.internal.Defs.crossField;
import static io.journeydsl.validation.internal.Defs.known;
import static io.journeydsl.validation.internal.Defs.notBlank;
import static io.journeydsl.validation.internal.Defs.range;
import static io.journeydsl.validation.internal.Defs.readOnly;
import static io.journeydsl.validation.internal.Defs.valuesNotEmpty;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actionmap.ActionMapScheduleGroup;
import io.journeydsl.actionmap.ActionMapScheduleGroups;
import io.journeydsl.actionmap.ActionProperties;
import io.journeydsl.actionmap.ActionSurvey;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.ArchitectFlowFields;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.JourneySurveyQuestion;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.PatchAction;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actionmap.PatchActionMapScheduleGroups;
import io.journeydsl.actionmap.PatchActionProperties;
import io.journeydsl.actionmap.PatchActionSurvey;
import io.journeydsl.actionmap.PatchSurveyQuestion;
import io.journeydsl.actionmap.RequestMapping;
import io.journeydsl.actionmap.UrlCondition;

/** Field rules of action maps (create and PATCH bodies), their conditions, activation and action. */
final class ActionMapConstraints {
  /** The activation types Genesys's client accepts. */
  static final String[] ACTIVATION_TYPES = {"immediate", "on-next-visit", "on-next-session", "delay"};

  private ActionMapConstraints() {}

  static void declare(CatalogueMapping m) {
    actionMap(m.type(ActionMap.class));
    actionMap(m.type(PatchActionMap.class));
    m.type(EventCondition.class).constraint(crossField())
        .getter("key").constraint(notBlank())
        .getter("values").constraint(valuesNotEmpty())
        .getter("operator").constraint(known())
        .getter("streamType").constraint(known())
        .getter("sessionType").constraint(notBlank());
    m.type(OutcomeProbabilityCondition.class).constraint(crossField())
        .getter("outcomeId").constraint(notBlank())
        .getter("maximumProbability").constraint(range(Rule.PROBABILITY_RANGE, 0, 1))
        .getter("probability").constraint(range(Rule.PROBABILITY_RANGE, 0, 1));
    m.type(OutcomePercentileCondition.class)
        .getter("outcomeId").constraint(notBlank())
        .getter("maximumPercentile").constraint(range(Rule.PERCENTILE_RANGE, 0, 100))
        .getter("fallbackPercentile").constraint(range(Rule.PERCENTILE_RANGE, 0, 100));
    m.type(OutcomeQuantileCondition.class).constraint(crossField())
        .getter("outcomeId").constraint(notBlank())
        .getter("maxQuantileThreshold").constraint(range(Rule.QUANTILE_RANGE, 0, 1))
        .getter("fallbackQuantileThreshold").constraint(range(Rule.QUANTILE_RANGE, 0, 1));
    m.type(UrlCondition.class)
        .getter("values").constraint(valuesNotEmpty())
        .getter("operator").constraint(known());
    m.type(Activation.class).constraint(crossField())
        .getter("type").constraint(known(ACTIVATION_TYPES))
        .getter("delayInSeconds").constraint(atLeast(Rule.ACTIVATION_DELAY_NEGATIVE, 0));
    action(m.type(ActionMapAction.class));
    action(m.type(PatchAction.class));
    m.type(ActionProperties.class).getter("webchatSurvey").valid();
    m.type(PatchActionProperties.class).getter("webchatSurvey").valid();
    m.type(ActionSurvey.class).getter("questions").containerElementType().valid();
    m.type(PatchActionSurvey.class).getter("questions").containerElementType().valid();
    m.type(JourneySurveyQuestion.class)
        .getter("type").constraint(known())
        .getter("customerProperty").constraint(known());
    m.type(PatchSurveyQuestion.class)
        .getter("type").constraint(known())
        .getter("customerProperty").constraint(known());
    m.type(ArchitectFlowFields.class).getter("flowRequestMappings").containerElementType().valid();
    m.type(RequestMapping.class).constraint(crossField())
        .getter("name").constraint(notBlank())
        .getter("attributeType").constraint(known())
        .getter("mappingType").constraint(known());
    m.type(ActionMapScheduleGroups.class)
        .getter("actionMapScheduleGroup").valid()
        .getter("emergencyActionMapScheduleGroup").valid();
    m.type(PatchActionMapScheduleGroups.class)
        .getter("actionMapScheduleGroup").valid()
        .getter("emergencyActionMapScheduleGroup").valid();
    m.type(ActionMapScheduleGroup.class).getter("id").constraint(notBlank());
  }

  private static void actionMap(FieldRules.TypeRules type) {
    type.constraint(crossField())
        .getter("id").constraint(readOnly())
        .getter("selfUri").constraint(readOnly())
        .getter("displayName").constraint(notBlank())
        .getter("triggerWithSegments").containerElementType().constraint(notBlank())
        .getter("triggerWithEventConditions").containerElementType().valid()
        .getter("triggerWithOutcomeProbabilityConditions").containerElementType().valid()
        .getter("triggerWithOutcomePercentileConditions").containerElementType().valid()
        .getter("triggerWithOutcomeQuantileConditions").containerElementType().valid()
        .getter("pageUrlConditions").containerElementType().valid()
        .getter("activation").valid()
        .getter("weight").constraint(range(Rule.ACTION_MAP_WEIGHT_RANGE, 1, 3))
        .getter("action").valid()
        .getter("actionMapScheduleGroups").valid();
  }

  private static void action(FieldRules.TypeRules type) {
    type.constraint(crossField())
        .getter("mediaType").constraint(known())
        .getter("props").valid()
        .getter("architectFlowFields").valid()
        .getter("openActionFields").valid();
  }
}
