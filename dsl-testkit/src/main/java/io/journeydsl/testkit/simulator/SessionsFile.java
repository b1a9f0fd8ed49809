package io.journeydsl.testkit.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.pattern.EventStream;
import io.journeydsl.pattern.StreamType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sessions file {@code journey simulate BUNDLE SESSIONS.json} reads: the visitors with their
 * context, sessions and events, how they answer offers, and optionally the organization's frequency
 * cap and the opening hours of schedule groups. The format is documented in {@code docs/simulator.md}:
 *
 * <pre>{@code
 * { "frequencyCap": { "afterAcceptance": false, "afterRejection": true, "minimumWaitSeconds": 0 },
 *   "schedule": { "office-hours": [ { "from": "2026-03-10T08:00:00Z", "to": "2026-03-10T18:00:00Z" } ] },
 *   "visitors": [ { "id": "ann", "context": { "device.category": "mobile" },
 *       "responses": { "Offer the sale": "accepted", "*": "ignored" },
 *       "sessions": [ { "id": "s1", "type": "web", "events": [
 *         { "at": "2026-03-10T10:00:00Z", "page": "https://shop.example.com/pricing", "title": "Pricing" },
 *         { "at": "2026-03-10T10:01:00Z", "event": "added_to_cart", "attributes": { "cartValue": "120" },
 *           "scores": { "Purchase completed": { "probability": 0.7, "quantile": 0.9 } } } ] } ] } ] }
 * }</pre>
 *
 * @param visitors the visitors
 * @param frequencyCap the frequency cap ({@link FrequencyCap#none()} when absent)
 * @param schedule the schedule, or {@code null} when the file has none
 * @param responder the visitors' answers
 */
public record SessionsFile(List<Visitor> visitors, FrequencyCap frequencyCap, Schedule schedule, Responder responder) {
  private static final Set<String> TOP = Set.of("visitors", "frequencyCap", "schedule");
  private static final Set<String> VISITOR = Set.of("id", "context", "responses", "sessions");
  private static final Set<String> SESSION = Set.of("id", "type", "streamType", "sessionType", "events");
  private static final Set<String> EVENT = Set.of("at", "page", "title", "event", "attributes", "fields", "scores");

  /** Validates and copies. */
  public SessionsFile {
    visitors = List.copyOf(visitors);
    Objects.requireNonNull(frequencyCap, "frequencyCap");
    Objects.requireNonNull(responder, "responder");
  }

  /**
   * A simulator of {@code config} with this file's frequency cap, schedule and answers.
   *
   * @param config the configuration
   * @return the simulator
   */
  public JourneySimulator simulator(JourneyConfig config) {
    JourneySimulator.Builder builder = JourneySimulator.builder(config).frequencyCap(frequencyCap).responder(responder);
    if (schedule != null) {
      builder.schedule(schedule);
    }
    return builder.build();
  }

  /**
   * Reads a sessions file.
   *
   * @param json the file's text
   * @return the file
   * @throws IllegalArgumentException naming the JSON path of the first problem
   */
  public static SessionsFile read(String json) {
    JsonNode root;
    try {
      root = JourneyJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()), e);
    }
    object(root, "$", TOP);
    JsonNode visitorsNode = root.path("visitors");
    if (!visitorsNode.isArray()) {
      throw new IllegalArgumentException("$.visitors: an array of visitors is required");
    }
    List<Visitor> visitors = new ArrayList<>();
    Map<String, Map<String, Response>> answers = new HashMap<>();
    for (int v = 0; v < visitorsNode.size(); v++) {
      String at = "$.visitors[" + v + "]";
      JsonNode node = visitorsNode.get(v);
      object(node, at, VISITOR);
      Visitor visitor = Visitor.named(text(node, "id", at, true));
      for (Map.Entry<String, String> e : strings(node.path("context"), at + ".context").entrySet()) {
        visitor = visitor.withContext(e.getKey(), e.getValue());
      }
      Map<String, Response> responses = new LinkedHashMap<>();
      strings(node.path("responses"), at + ".responses").forEach((map, answer) -> {
        try {
          responses.put(map, Response.valueOf(answer.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(at + ".responses." + map + ": '" + answer + "' is not accepted, rejected or ignored");
        }
      });
      answers.put(visitor.id(), responses);
      JsonNode sessions = node.path("sessions");
      if (!sessions.isArray()) {
        throw new IllegalArgumentException(at + ".sessions: an array of sessions is required");
      }
      for (int s = 0; s < sessions.size(); s++) {
        visitor = visitor.withSession(session(sessions.get(s), at + ".sessions[" + s + "]"));
      }
      visitors.add(visitor);
    }
    FrequencyCap cap = FrequencyCap.none();
    if (!root.path("frequencyCap").isMissingNode()) {
      JsonNode c = root.path("frequencyCap");
      object(c, "$.frequencyCap", Set.of("afterAcceptance", "afterRejection", "minimumWaitSeconds"));
      cap = new FrequencyCap(c.path("afterAcceptance").asBoolean(false), c.path("afterRejection").asBoolean(false),
          Duration.ofSeconds(c.path("minimumWaitSeconds").asLong(0)));
    }
    Schedule schedule = root.path("schedule").isMissingNode() ? null : schedule(root.path("schedule"));
    Responder responder = (visitor, map) -> {
      Map<String, Response> mine = answers.getOrDefault(visitor.id(), Map.of());
      return mine.getOrDefault(map, mine.getOrDefault("*", Response.IGNORED));
    };
    return new SessionsFile(visitors, cap, schedule, responder);
  }

  private static Session session(JsonNode node, String at) {
    object(node, at, SESSION);
    String id = text(node, "id", at, true);
    EventStream stream;
    String type = text(node, "type", at, false);
    if (type != null) {
      stream = switch (type) {
        case "web" -> EventStream.WEB;
        case "app" -> EventStream.APP;
        default -> throw new IllegalArgumentException(at + ".type: '" + type + "' is not web or app; use streamType and sessionType");
      };
    } else if (node.has("streamType")) {
      stream = EventStream.of(StreamType.of(text(node, "streamType", at, true)), text(node, "sessionType", at, true));
    } else {
      stream = EventStream.WEB;
    }
    JsonNode events = node.path("events");
    if (!events.isArray() || events.isEmpty()) {
      throw new IllegalArgumentException(at + ".events: a session needs one or more events");
    }
    List<VisitorEvent> list = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      list.add(event(events.get(e), at + ".events[" + e + "]"));
    }
    try {
      return new Session(id, stream, list);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static VisitorEvent event(JsonNode node, String at) {
    object(node, at, EVENT);
    Instant when = instant(text(node, "at", at, true), at + ".at");
    String page = text(node, "page", at, false);
    String name = text(node, "event", at, false);
    VisitorEvent event;
    if (page != null) {
      event = VisitorEvent.pageView(when, page);
      if (name != null) {
        event = new VisitorEvent(when, name, event.fields(), event.scores());
      }
    } else if (name != null) {
      event = VisitorEvent.custom(when, name, Map.of());
    } else {
      throw new IllegalArgumentException(at + ": an event needs a \"page\" URL or an \"event\" name");
    }
    String title = text(node, "title", at, false);
    if (title != null) {
      event = event.withTitle(title);
    }
    for (Map.Entry<String, String> a : strings(node.path("attributes"), at + ".attributes").entrySet()) {
      event = event.withAttribute(a.getKey(), a.getValue());
    }
    for (Map.Entry<String, String> f : strings(node.path("fields"), at + ".fields").entrySet()) {
      event = event.with(f.getKey(), f.getValue());
    }
    JsonNode scores = node.path("scores");
    if (!scores.isMissingNode()) {
      object(scores, at + ".scores", null);
      Iterator<Map.Entry<String, JsonNode>> it = scores.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> s = it.next();
        String where = at + ".scores." + s.getKey();
        object(s.getValue(), where, Set.of("probability", "quantile", "percentile"));
        event = event.withScore(s.getKey(), new OutcomeScore(number(s.getValue(), "probability", where),
            number(s.getValue(), "quantile", where), number(s.getValue(), "percentile", where)));
      }
    }
    return event;
  }

  private static Schedule schedule(JsonNode node) {
    object(node, "$.schedule", null);
    Map<String, List<Instant[]>> open = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> g = it.next();
      String at = "$.schedule." + g.getKey();
      if (!g.getValue().isArray()) {
        throw new IllegalArgumentException(at + ": an array of {\"from\", \"to\"} intervals is required");
      }
      List<Instant[]> intervals = new ArrayList<>();
      for (int i = 0; i < g.getValue().size(); i++) {
        JsonNode interval = g.getValue().get(i);
        String where = at + "[" + i + "]";
        object(interval, where, Set.of("from", "to"));
        intervals.add(new Instant[] {instant(text(interval, "from", where, true), where + ".from"),
            instant(text(interval, "to", where, true), where + ".to")});
      }
      open.put(g.getKey(), intervals);
    }
    // A group the file does not list is closed (for an emergency group: no emergency in force).
    return (ScheduleGroupId group, Instant when) -> open.getOrDefault(group.value(), List.of()).stream()
        .anyMatch(i -> !when.isBefore(i[0]) && when.isBefore(i[1]));
  }

  private static void object(JsonNode node, String at, Set<String> keys) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(at + ": an object is required");
    }
    if (keys != null) {
      node.fieldNames().forEachRemaining(k -> {
        if (!keys.contains(k)) {
          throw new IllegalArgumentException(at + "." + k + ": unknown key; expected one of " + keys.stream().sorted().toList());
        }
      });
    }
  }

  private static String text(JsonNode node, String key, String at, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IllegalArgumentException(at + "." + key + ": required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(at + "." + key + ": a string is required");
    }
    return value.asText();
  }

  private static Map<String, String> strings(JsonNode node, String at) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isMissingNode()) {
      return out;
    }
    object(node, at, null);
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        throw new IllegalArgumentException(at + "." + e.getKey() + ": a string, number or boolean is required");
      }
      out.put(e.getKey(), e.getValue().asText());
    });
    return out;
  }

  private static Double number(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(at + "." + key + ": a number is required");
    }
    return value.asDouble();
  }

  private static Instant instant(String text, String at) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(at + ": '" + text + "' is not an ISO-8601 instant such as 2026-03-10T10:00:00Z");
    }
  }
}
