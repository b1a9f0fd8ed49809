package io.journeydsl.testkit.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.json.JourneyJson;
import java.util.List;

/**
 * A simulation as a timeline per visitor, in text for people or JSON for tools: each event, the
 * segments matched, the outcomes achieved, the maps qualified, the action offered and why, and
 * what was held back and why. {@code journey simulate} and {@code journey demo} print it.
 */
public final class SimulationReport {
  private SimulationReport() {}

  /**
   * The text timeline.
   *
   * @param simulation the simulation
   * @return one block per visitor
   */
  public static String text(Simulation simulation) {
    StringBuilder out = new StringBuilder();
    for (VisitorTimeline t : simulation.timelines()) {
      out.append("visitor ").append(t.visitor().id());
      if (!t.visitor().context().isEmpty()) {
        out.append(' ').append(t.visitor().context());
      }
      out.append('\n');
      Session session = null;
      for (Step step : t.steps()) {
        if (step.session() != session) {
          session = step.session();
          out.append("  session ").append(session.id()).append(" (").append(session.stream()).append(")\n");
        }
        VisitorEvent e = step.event();
        out.append(String.format("    %2d  %s  %s%s%n", step.number(), e.at(), e.eventName(), e.pageUrl().map(u -> " " + u).orElse("")));
        line(out, "segments", step.segments().isEmpty() ? List.of() : List.of(String.join(", ", step.segments())
            + (step.segmentsAssigned().isEmpty() ? "" : " (new: " + String.join(", ", step.segmentsAssigned()) + ")")));
        for (OutcomeAchieved o : step.outcomesAchieved()) {
          line(out, "outcome", List.of(o.outcome() + (o.value() == null ? "" : " (value " + o.value().toPlainString() + ")")));
        }
        line(out, "qualified", step.qualified().isEmpty() ? List.of() : List.of(String.join(", ", step.qualified())));
        for (Decision d : step.decisions()) {
          String label = switch (d.verdict()) {
            case OFFERED -> "OFFERED";
            case WAITING -> "waiting";
            default -> "held back";
          };
          Offer offer = step.offers().stream().filter(o -> o.actionMap().equals(d.actionMap())).findFirst().orElse(null);
          String what = d.actionMap() + (offer == null || d.verdict() != Verdict.OFFERED ? ""
              : " [" + offer.mediaType() + (offer.actionTemplate() == null ? "" : " '" + offer.actionTemplate() + "'") + " at " + offer.at() + "]");
          line(out, label, List.of(what + (d.verdict() == Verdict.OFFERED || d.verdict() == Verdict.WAITING ? "" : " " + d.verdict())
              + ": " + d.reason() + " (rule " + d.rule() + ")" + d.assumption().map(a -> " (assumption: " + a + ")").orElse("")));
        }
      }
    }
    long offers = simulation.offers().size();
    out.append(simulation.timelines().size()).append(simulation.timelines().size() == 1 ? " visitor, " : " visitors, ")
        .append(offers).append(offers == 1 ? " offer" : " offers").append('\n');
    return out.toString();
  }

  private static void line(StringBuilder out, String label, List<String> values) {
    for (String v : values) {
      out.append(String.format("          %-10s %s%n", label + ":", v));
    }
  }

  /**
   * The JSON timeline: {@code {"visitors":[{"id","context","steps":[{"event","session","sessionType","at",
   * "eventName","page","segments","segmentsAssigned","outcomes","qualified","decisions","offers"}]}],
   * "offers":n}}.
   *
   * @param simulation the simulation
   * @return the JSON text
   */
  public static String json(Simulation simulation) {
    ObjectNode root = JourneyJson.mapper().createObjectNode();
    ArrayNode visitors = root.putArray("visitors");
    for (VisitorTimeline t : simulation.timelines()) {
      ObjectNode v = visitors.addObject().put("id", t.visitor().id());
      ObjectNode context = v.putObject("context");
      t.visitor().context().forEach(context::put);
      ArrayNode steps = v.putArray("steps");
      for (Step step : t.steps()) {
        ObjectNode s = steps.addObject().put("event", step.number()).put("session", step.session().id())
            .put("sessionType", step.session().stream().sessionType()).put("at", step.event().at().toString())
            .put("eventName", step.event().eventName());
        step.event().pageUrl().ifPresent(u -> s.put("page", u));
        step.segments().forEach(s.putArray("segments")::add);
        step.segmentsAssigned().forEach(s.putArray("segmentsAssigned")::add);
        ArrayNode outcomes = s.putArray("outcomes");
        for (OutcomeAchieved o : step.outcomesAchieved()) {
          ObjectNode on = outcomes.addObject().put("outcome", o.outcome());
          if (o.value() != null) {
            on.put("value", o.value());
          }
        }
        step.qualified().forEach(s.putArray("qualified")::add);
        ArrayNode decisions = s.putArray("decisions");
        for (Decision d : step.decisions()) {
          ObjectNode dn = decisions.addObject().put("actionMap", d.actionMap()).put("verdict", d.verdict().name())
              .put("reason", d.reason()).put("rule", d.rule().name()).put("documentation", d.rule().page());
          d.assumption().ifPresent(a -> dn.put("assumption", a));
        }
        ArrayNode offers = s.putArray("offers");
        for (Offer o : step.offers()) {
          ObjectNode on = offers.addObject().put("actionMap", o.actionMap()).put("at", o.at().toString())
              .put("response", o.response().name().toLowerCase(java.util.Locale.ROOT));
          if (o.mediaType() != null) {
            on.put("mediaType", o.mediaType().value());
          }
          if (o.actionTemplate() != null) {
            on.put("actionTemplate", o.actionTemplate());
          }
        }
      }
    }
    root.put("offers", simulation.offers().size());
    return JourneyJson.writePretty(root);
  }
}
