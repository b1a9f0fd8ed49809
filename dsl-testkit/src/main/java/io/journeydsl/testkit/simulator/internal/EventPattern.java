package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.pattern.EventStream;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.util.List;

/**
 * A compiled journey pattern or event condition: which events it looks at (stream type, session type,
 * optional event name) and the criteria such an event must all satisfy; {@code count} is how many
 * such events a journey pattern needs in one session.
 */
final class EventPattern {
  final String streamType;
  final String sessionType;
  final String eventName;
  final Criterion[] criteria;
  final int count;

  EventPattern(String streamType, String sessionType, String eventName, List<Criterion> criteria, int count) {
    this.streamType = streamType;
    this.sessionType = sessionType;
    this.eventName = eventName;
    this.criteria = criteria.toArray(Criterion[]::new);
    this.count = count;
  }

  /** Whether events of sessions of this stream count for the pattern. */
  boolean appliesTo(EventStream stream) {
    return stream.streamType().value().equals(streamType) && stream.sessionType().equals(sessionType);
  }

  /** Whether {@code event} (of a session it applies to) matches. */
  boolean matches(VisitorEvent event) {
    return matches(event, new Fields(event.fields()));
  }

  /** Whether {@code event}, whose values {@code fields} holds, matches. */
  boolean matches(VisitorEvent event, Fields fields) {
    if (eventName != null && !eventName.equals(event.eventName())) {
      return false;
    }
    if (criteria.length == 0) {
      return false;   // "one or more criteria": a pattern without any never matches
    }
    for (Criterion c : criteria) {
      if (!c.test(fields)) {
        return false;
      }
    }
    return true;
  }

  /** The first criterion {@code event} fails, or null. */
  Criterion firstFailure(VisitorEvent event) {
    for (Criterion c : criteria) {
      if (!c.test(event.fields().get(c.key()))) {
        return c;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(streamType).append('/').append(sessionType);
    if (eventName != null) {
      s.append(" events '").append(eventName).append('\'');
    }
    s.append(" where ");
    for (int i = 0; i < criteria.length; i++) {
      s.append(i == 0 ? "" : " and ").append(criteria[i]);
    }
    return s.toString();
  }
}
