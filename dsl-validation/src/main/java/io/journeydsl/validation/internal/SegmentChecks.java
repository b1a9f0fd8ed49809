package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Values.isEmpty;

import io.journeydsl.pattern.Context;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.pattern.VisitorJourney;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.StreamType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import jakarta.annotation.Nullable;
import java.util.Map;

/** Cross-field rules of segments, outcomes, criteria and patterns. */
final class SegmentChecks {
  private SegmentChecks() {}

  static boolean check(Object value, Findings out) {
    if (value instanceof JourneySegment s) {
      if (s.scope() != null) {
        out.add(Rule.DEPRECATED_SEGMENT_SCOPE, "scope", s.scope());
      }
      if (s.externalSegment() != null) {
        out.add(Rule.DEPRECATED_EXTERNAL_SEGMENT, "externalSegment", null);
      }
      if (noPatterns(s.context()) && noPatterns(s.journey()) && s.externalSegment() == null) {
        out.add(Rule.SEGMENT_CONDITIONS_NONE, "", null);
      }
    } else if (value instanceof PatchSegment s) {
      if (s.externalSegment() != null) {
        out.add(Rule.DEPRECATED_EXTERNAL_SEGMENT, "externalSegment", null);
      }
    } else if (value instanceof Outcome || value instanceof PatchOutcome) {
      out.add(Rule.DEPRECATED_OUTCOMES_ENDPOINT, "", null);
    } else if (value instanceof EntityTypeCriteria c) {
      if (c.key() != null && !ContextKeys.names().contains(c.key())) {
        out.add(Rule.CRITERIA_CONTEXT_KEY, "key", c.key(), Map.of("known", ContextKeys.names()));
      }
      if (c.entityType() == null) {
        out.add(Rule.CRITERIA_CONTEXT_ENTITY_TYPE, "entityType", null);
      }
    } else if (value instanceof Criteria c) {
      if (c.key() != null && !JourneyKeys.isJourneyKey(c.key())) {
        out.add(Rule.CRITERIA_JOURNEY_KEY, "key", c.key(), Map.of("known", JourneyKeys.names()));
      }
    } else if (value instanceof JourneyPattern p) {
      stream(p.streamType(), p.sessionType(), out);
    } else {
      return false;
    }
    return true;
  }

  /** The stream and session type rules shared by journey patterns and event conditions. */
  static void stream(@Nullable StreamType streamType, @Nullable String sessionType, Findings out) {
    if (StreamType.CUSTOM.equals(streamType) || StreamType.CONVERSATION.equals(streamType)) {
      out.add(Rule.STREAM_TYPE_UNSUPPORTED, "streamType", streamType);
    }
    if (sessionType == null || sessionType.isBlank()) {
      return;
    }
    if (!sessionType.equals("web") && !sessionType.equals("app")) {
      out.add(Rule.STREAM_SESSION_TYPE_UNKNOWN, "sessionType", sessionType);
    } else if (StreamType.WEB.equals(streamType) && !sessionType.equals("web")
        || StreamType.APP.equals(streamType) && !sessionType.equals("app")) {
      out.add(Rule.STREAM_SESSION_TYPE_MISMATCH, "sessionType", sessionType, Map.of("streamType", streamType));
    }
  }

  private static boolean noPatterns(@Nullable Context context) {
    return context == null || isEmpty(context.patterns());
  }

  private static boolean noPatterns(@Nullable VisitorJourney journey) {
    return journey == null || isEmpty(journey.patterns());
  }
}
