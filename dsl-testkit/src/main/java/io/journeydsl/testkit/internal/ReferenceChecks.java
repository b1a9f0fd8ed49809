package io.journeydsl.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Rejects an action map body that refers to a segment, outcome or action template the store does
 * not hold, or to a soft-deleted action template: 400 whose {@code details[0].fieldName} is the wire
 * path of the reference ({@code triggerWithSegments[0]},
 * {@code triggerWithOutcomeQuantileConditions[1].outcomeId}, {@code action.actionTemplate.id}). Only
 * the fields present in the body are checked, so a PATCH that leaves a reference out is not judged
 * on it. The caller holds the store's lock.
 */
final class ReferenceChecks {
  private static final List<String> OUTCOME_CONDITIONS = List.of("triggerWithOutcomeProbabilityConditions",
      "triggerWithOutcomePercentileConditions", "triggerWithOutcomeQuantileConditions");

  private final Store store;

  ReferenceChecks(Store store) {
    this.store = store;
  }

  /** Checks the references of an action map create or PATCH body. */
  void check(ObjectNode body) {
    JsonNode segments = body.get("triggerWithSegments");
    if (segments != null && segments.isArray()) {
      for (int i = 0; i < segments.size(); i++) {
        require(Resource.SEGMENTS, segments.get(i), "triggerWithSegments[" + i + "]");
      }
    }
    for (String field : OUTCOME_CONDITIONS) {
      JsonNode conditions = body.get(field);
      if (conditions != null && conditions.isArray()) {
        for (int i = 0; i < conditions.size(); i++) {
          JsonNode outcomeId = conditions.get(i).get("outcomeId");
          if (outcomeId != null && !outcomeId.isNull()) {
            require(Resource.OUTCOMES, outcomeId, field + "[" + i + "].outcomeId");
          }
        }
      }
    }
    JsonNode templateId = JsonPaths.node(body, "action.actionTemplate.id");
    if (templateId != null) {
      ObjectNode template = require(Resource.ACTION_TEMPLATES, templateId, "action.actionTemplate.id");
      if ("Deleted".equals(template.path("state").asText())) {
        throw ApiError.badField("action.actionTemplate.id", "invalid.value", "The action template "
            + templateId.asText() + " referenced by action.actionTemplate.id is deleted (state Deleted)");
      }
    }
  }

  private ObjectNode require(Resource resource, JsonNode id, String field) {
    ObjectNode target = id.isTextual() ? store.get(resource, id.asText()) : null;
    if (target == null) {
      throw ApiError.badField(field, "invalid.value", "The " + resource.label() + " " + id.asText()
          + " referenced by " + field + " does not exist");
    }
    return target;
  }
}
