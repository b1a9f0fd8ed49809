package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Values.isEmpty;

import io.journeydsl.pattern.Context;
import io.journeydsl.catalog.OrderedKeys;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.pattern.VisitorJourney;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.criteria.Operator;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.StreamType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.Set;

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
      operatorSuitsKey(c.key(), c.operator(), out);
    } else if (value instanceof Criteria c) {
      if (c.key() != null && !JourneyKeys.isJourneyKey(c.key())) {
        out.add(Rule.CRITERIA_JOURNEY_KEY, "key", c.key(), Map.of("known", JourneyKeys.names()));
      }
      operatorSuitsKey(c.key(), c.operator(), out);
    } else if (value instanceof JourneyPattern p) {
      stream(p.streamType(), p.sessionType(), out);
    } else {
      return false;
    }
    return true;
  }

  /** The keys with a yes/no value (the DSL's {@code BooleanKey}s). */
  private static final Set<String> BOOLEAN_KEYS = Set.of(ContextKeys.AUTHENTICATED.key());
  private static final Set<Operator> ORDER_OPERATORS = Set.of(Operator.GREATER_THAN, Operator.GREATER_THAN_OR_EQUAL,
      Operator.LESS_THAN, Operator.LESS_THAN_OR_EQUAL);
  private static final Set<Operator> EQUALITY_OPERATORS = Set.of(Operator.EQUAL, Operator.NOT_EQUAL);

  /**
   * The operator suits the key: comparing by order only on an ordered key ({@code browser.version}),
   * only equality on a yes/no key ({@code authenticated}). Keys this library does not know are left to
   * the key rules; an absent operator is {@code equal}.
   */
  static void operatorSuitsKey(@Nullable String key, @Nullable Operator operator, Findings out) {
    if (key == null || operator == null || !operator.isKnown()) {
      return;
    }
    if (BOOLEAN_KEYS.contains(key)) {
      if (!EQUALITY_OPERATORS.contains(operator)) {
        out.add(Rule.CRITERIA_OPERATOR_KEY, "operator", operator,
            Map.of("key", key, "reason", "a yes/no key takes equal or notEqual"));
      }
    } else if (ORDER_OPERATORS.contains(operator) && !OrderedKeys.comparesByOrder(key)
        && (ContextKeys.names().contains(key) || JourneyKeys.isJourneyKey(key))) {
      out.add(Rule.CRITERIA_OPERATOR_KEY, "operator", operator,
          Map.of("key", key, "reason", "only " + String.join(", ", new java.util.TreeSet<>(OrderedKeys.fixedKeys()))
              + " and custom attributes compare by order"));
    }
  }

  /**
   * The stream and session type rules shared by journey patterns and event conditions: {@code Web}
   * pairs with {@code web} and {@code App} with {@code app}; a Custom or Conversation stream takes a
   * session type of its own, never {@code web} or {@code app} (the API describes session types as free
   * text for those streams; which ones it accepts is unknown, so only the two it documents are
   * refused).
   */
  static void stream(@Nullable StreamType streamType, @Nullable String sessionType, Findings out) {
    if (StreamType.CUSTOM.equals(streamType) || StreamType.CONVERSATION.equals(streamType)) {
      out.add(Rule.STREAM_TYPE_UNSUPPORTED, "streamType", streamType);
    }
    if (sessionType == null || sessionType.isBlank()) {
      return;
    }
    boolean webOrApp = sessionType.equals("web") || sessionType.equals("app");
    if (StreamType.WEB.equals(streamType) && !sessionType.equals("web")
        || StreamType.APP.equals(streamType) && !sessionType.equals("app")
        || (StreamType.CUSTOM.equals(streamType) || StreamType.CONVERSATION.equals(streamType)) && webOrApp) {
      out.add(Rule.STREAM_SESSION_TYPE_MISMATCH, "sessionType", sessionType, Map.of("streamType", streamType));
    } else if (!webOrApp && (streamType == null || !streamType.isKnown())) {
      out.add(Rule.STREAM_SESSION_TYPE_UNKNOWN, "sessionType", sessionType);
    }
  }

  private static boolean noPatterns(@Nullable Context context) {
    return context == null || isEmpty(context.patterns());
  }

  private static boolean noPatterns(@Nullable VisitorJourney journey) {
    return journey == null || isEmpty(journey.patterns());
  }
}
