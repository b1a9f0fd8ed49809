package io.journeydsl.validation.xcheck;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.spi.Operation;

/** The bodies the cross-check sends: a create or a PATCH of each kind of stored object. */
enum Target {
  /** {@code POST /api/v2/journey/segments}. */
  CREATE_SEGMENT(Operation.POST_JOURNEY_SEGMENTS, JourneySegment.class),
  /** {@code POST /api/v2/journey/outcomes}. */
  CREATE_OUTCOME(Operation.POST_JOURNEY_OUTCOMES, Outcome.class),
  /** {@code POST /api/v2/journey/actiontemplates}. */
  CREATE_ACTION_TEMPLATE(Operation.POST_JOURNEY_ACTIONTEMPLATES, ActionTemplate.class),
  /** {@code POST /api/v2/journey/actionmaps} against seeded segments, outcomes and templates. */
  CREATE_ACTION_MAP(Operation.POST_JOURNEY_ACTIONMAPS, ActionMap.class),
  /** {@code PATCH /api/v2/journey/segments/{segmentId}} of a stored segment. */
  PATCH_SEGMENT(Operation.PATCH_JOURNEY_SEGMENT, PatchSegment.class),
  /** {@code PATCH /api/v2/journey/outcomes/{outcomeId}} of a stored outcome. */
  PATCH_OUTCOME(Operation.PATCH_JOURNEY_OUTCOME, PatchOutcome.class),
  /** {@code PATCH /api/v2/journey/actiontemplates/{actionTemplateId}} of a stored template. */
  PATCH_ACTION_TEMPLATE(Operation.PATCH_JOURNEY_ACTIONTEMPLATE, PatchActionTemplate.class),
  /** {@code PATCH /api/v2/journey/actionmaps/{actionMapId}} of a stored action map. */
  PATCH_ACTION_MAP(Operation.PATCH_JOURNEY_ACTIONMAP, PatchActionMap.class);

  private final Operation operation;
  private final Class<?> requestType;

  Target(Operation operation, Class<?> requestType) {
    this.operation = operation;
    this.requestType = requestType;
  }

  /** The operation that sends the body. */
  Operation operation() {
    return operation;
  }

  /** The wire model the body is read into. */
  Class<?> requestType() {
    return requestType;
  }

  /** Whether the body is a PATCH of a stored object. */
  boolean isPatch() {
    return !operation.pathParameters().isEmpty();
  }
}
