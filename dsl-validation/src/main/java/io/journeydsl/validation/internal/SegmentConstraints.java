package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Defs.atLeast;
import static io.journeydsl.validation.internal.Defs.crossField;
import static io.journeydsl.validation.internal.Defs.known;
import static io.journeydsl.validation.internal.Defs.notBlank;
import static io.journeydsl.validation.internal.Defs.pattern;
import static io.journeydsl.validation.internal.Defs.readOnly;
import static io.journeydsl.validation.internal.Defs.valuesNotEmpty;

import io.journeydsl.pattern.Context;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.pattern.VisitorJourney;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.outcome.AssociatedValueField;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.ExternalSegment;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;

/** Field rules of segments, outcomes and their context and journey patterns. */
final class SegmentConstraints {
  private static final String HEX_COLOR = "#[0-9a-fA-F]{6}";

  private SegmentConstraints() {}

  static void declare(CatalogueMapping m) {
    m.type(JourneySegment.class).constraint(crossField())
        .getter("id").constraint(readOnly())
        .getter("selfUri").constraint(readOnly())
        .getter("displayName").constraint(notBlank())
        .getter("color").constraint(pattern(HEX_COLOR, Rule.SEGMENT_COLOR_HEX))
        .getter("scope").constraint(known())
        .getter("context").valid()
        .getter("journey").valid()
        .getter("externalSegment").valid()
        .getter("assignmentExpirationDays").constraint(atLeast(Rule.SEGMENT_EXPIRATION_NEGATIVE, 0));
    m.type(PatchSegment.class).constraint(crossField())
        .getter("id").constraint(readOnly())
        .getter("selfUri").constraint(readOnly())
        .getter("displayName").constraint(notBlank())
        .getter("color").constraint(pattern(HEX_COLOR, Rule.SEGMENT_COLOR_HEX))
        .getter("context").valid()
        .getter("journey").valid()
        .getter("externalSegment").valid()
        .getter("assignmentExpirationDays").constraint(atLeast(Rule.SEGMENT_EXPIRATION_NEGATIVE, 0));
    m.type(ExternalSegment.class)
        .getter("source").constraint(known());
    m.type(Outcome.class).constraint(crossField())
        .getter("id").constraint(readOnly())
        .getter("selfUri").constraint(readOnly())
        .getter("displayName").constraint(notBlank())
        .getter("context").valid()
        .getter("journey").valid()
        .getter("associatedValueField").valid();
    m.type(PatchOutcome.class).constraint(crossField())
        .getter("id").constraint(readOnly())
        .getter("selfUri").constraint(readOnly())
        .getter("displayName").constraint(notBlank())
        .getter("context").valid()
        .getter("journey").valid()
        .getter("associatedValueField").valid();
    m.type(AssociatedValueField.class)
        .getter("dataType").constraint(known())
        .getter("name").constraint(pattern("attributes\\..+\\.value", Rule.OUTCOME_VALUE_FIELD_NAME));
    m.type(Context.class)
        .getter("patterns").containerElementType().valid();
    m.type(ContextPattern.class)
        .getter("criteria").containerElementType().valid();
    m.type(EntityTypeCriteria.class).constraint(crossField())
        .getter("values").constraint(valuesNotEmpty())
        .getter("operator").constraint(known())
        .getter("entityType").constraint(known());
    m.type(VisitorJourney.class)
        .getter("patterns").containerElementType().valid();
    m.type(JourneyPattern.class).constraint(crossField())
        .getter("criteria").containerElementType().valid()
        .getter("count").constraint(atLeast(Rule.JOURNEY_PATTERN_COUNT, 1))
        .getter("streamType").constraint(known())
        .getter("sessionType").constraint(notBlank());
    m.type(Criteria.class).constraint(crossField())
        .getter("values").constraint(valuesNotEmpty())
        .getter("operator").constraint(known());
  }
}
