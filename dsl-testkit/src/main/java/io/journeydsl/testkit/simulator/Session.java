package io.journeydsl.testkit.simulator;

import io.journeydsl.pattern.EventStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One session of a visitor: its stream and session type (web, app, or another pair) and its events in
 * time order. Journey patterns count matching events within one session of their session type.
 *
 * @param id the session id (also the {@code journeySessionId} of fed analytics events)
 * @param stream the stream and session type, e.g. {@link EventStream#WEB}
 * @param events the events, in time order
 */
public record Session(String id, EventStream stream, List<VisitorEvent> events) {

  /** Validates and copies; events must not go back in time. */
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stream, "stream");
    events = List.copyOf(events);
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).at().isBefore(events.get(i - 1).at())) {
        throw new IllegalArgumentException("session " + id + ": event " + (i + 1) + " is earlier than event " + i);
      }
    }
  }

  /**
   * A web session ({@code Web}/{@code web}).
   *
   * @param id the session id
   * @param events its events, in time order
   * @return the session
   */
  public static Session web(String id, VisitorEvent... events) {
    return new Session(id, EventStream.WEB, Arrays.asList(events));
  }

  /**
   * An app session ({@code App}/{@code app}).
   *
   * @param id the session id
   * @param events its events, in time order
   * @return the session
   */
  public static Session app(String id, VisitorEvent... events) {
    return new Session(id, EventStream.APP, Arrays.asList(events));
  }
}
