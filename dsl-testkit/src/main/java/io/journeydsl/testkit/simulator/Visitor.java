package io.journeydsl.testkit.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One visitor: its context (the visit attributes segments' context criteria look at, keyed by their
 * wire names such as {@code device.category}, {@code geolocation.country} or {@code authenticated})
 * and its sessions, in time order. Immutable; the {@code with...} methods return copies.
 *
 * @param id the visitor's id, unique within a simulation
 * @param context context key to value, e.g. {@code device.category -> mobile}
 * @param sessions the visitor's sessions, oldest first
 */
public record Visitor(String id, Map<String, String> context, List<Session> sessions) {

  /** Validates and copies. */
  public Visitor {
    Objects.requireNonNull(id, "id");
    context = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(context, "context")));
    sessions = List.copyOf(sessions);
  }

  /**
   * A visitor with no context and no sessions yet.
   *
   * @param id the visitor's id
   * @return the visitor
   */
  public static Visitor named(String id) {
    return new Visitor(id, Map.of(), List.of());
  }

  /**
   * A copy with one more context value.
   *
   * @param key a context key's wire name, e.g. {@code device.category}
   * @param value its value
   * @return the copy
   */
  public Visitor withContext(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(context);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new Visitor(id, copy, sessions);
  }

  /**
   * A copy whose {@code authenticated} context value is {@code yes}.
   *
   * @param yes whether the visitor is authenticated
   * @return the copy
   */
  public Visitor authenticated(boolean yes) {
    return withContext("authenticated", Boolean.toString(yes));
  }

  /**
   * A copy with more sessions after the existing ones.
   *
   * @param first a session
   * @param more more sessions
   * @return the copy
   */
  public Visitor withSession(Session first, Session... more) {
    List<Session> copy = new ArrayList<>(sessions);
    copy.add(Objects.requireNonNull(first, "session"));
    copy.addAll(Arrays.asList(more));
    return new Visitor(id, context, copy);
  }

  /** The number of events over all sessions. */
  public int eventCount() {
    return sessions.stream().mapToInt(s -> s.events().size()).sum();
  }
}
