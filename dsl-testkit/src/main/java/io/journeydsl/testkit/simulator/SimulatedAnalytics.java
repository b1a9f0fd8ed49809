package io.journeydsl.testkit.simulator;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.SegmentScope;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.JourneyEvent;
import io.journeydsl.testkit.JourneyEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a simulation into the journey events the fake's analytics count, so that aggregate queries
 * against the fake report what follows from the configuration: sessions, segment assignments,
 * outcomes achieved (with their value), actions qualified, offered, held back by schedule or frequency
 * cap, and the visitors' answers.
 *
 * <pre>{@code
 * fake.seed(config);
 * SimulatedAnalytics.feed(fake, JourneySimulator.of(config).simulate(visitors));
 * client.analytics().query(offersPerMap);     // counts nWebActionsOffered per journeyActionMapId
 * }</pre>
 *
 * <p>Dimensions carry the ids the fake gave the objects (looked up by name among its stored
 * objects), so {@code groupBy journeyActionMapId} groups by the fake's ids; an object the fake does
 * not hold is named by its configuration id, else by its name.
 */
public final class SimulatedAnalytics {
  private final Map<String, String> segmentIds = new HashMap<>();
  private final Map<String, String> outcomeIds = new HashMap<>();
  private final Map<String, String> mapIds = new HashMap<>();
  private final Map<String, String> templateIds = new HashMap<>();
  private final Map<String, SegmentScope> scopes = new HashMap<>();

  private SimulatedAnalytics() {}

  /**
   * Records a simulation's events into the fake's analytics.
   *
   * @param fake the fake, usually seeded with the simulation's configuration
   * @param simulation the simulation
   */
  public static void feed(FakeJourneyApi fake, Simulation simulation) {
    fake.analytics().record(events(fake, simulation));
  }

  /**
   * The journey events of a simulation, with the ids the fake holds for the objects.
   *
   * @param fake the fake whose stored objects give the ids
   * @param simulation the simulation
   * @return the events, visitor by visitor, in time order within each visitor
   */
  public static List<JourneyEvent> events(FakeJourneyApi fake, Simulation simulation) {
    Objects.requireNonNull(fake, "fake");
    SimulatedAnalytics ids = new SimulatedAnalytics();
    ids.index(simulation, fake.segments(), fake.outcomes(), fake.actionMaps(), fake.actionTemplates());
    return ids.convert(simulation);
  }

  /**
   * The journey events of a simulation, naming objects by the ids of the simulated configuration (or
   * their names where they have none).
   *
   * @param simulation the simulation
   * @return the events
   */
  public static List<JourneyEvent> events(Simulation simulation) {
    SimulatedAnalytics ids = new SimulatedAnalytics();
    ids.index(simulation, List.of(), List.of(), List.of(), List.of());
    return ids.convert(simulation);
  }

  private void index(Simulation simulation, List<JourneySegment> segments, List<Outcome> outcomes,
      List<ActionMap> maps, List<ActionTemplate> templates) {
    for (JourneySegment s : simulation.config().segments()) {
      segmentIds.put(s.displayName(), s.id() == null ? s.displayName() : s.id());
      scopes.put(s.displayName(), s.scope() == null ? SegmentScope.SESSION : s.scope());
    }
    simulation.config().outcomes().forEach(o -> outcomeIds.put(o.displayName(), o.id() == null ? o.displayName() : o.id()));
    simulation.config().actionMaps().forEach(m -> mapIds.put(m.displayName(), m.id() == null ? m.displayName() : m.id()));
    simulation.config().actionTemplates().forEach(t -> templateIds.put(t.name(), t.id() == null ? t.name() : t.id()));
    segments.forEach(s -> segmentIds.put(s.displayName(), s.id()));
    outcomes.forEach(o -> outcomeIds.put(o.displayName(), o.id()));
    maps.forEach(m -> mapIds.put(m.displayName(), m.id()));
    templates.forEach(t -> templateIds.put(t.name(), t.id()));
  }

  private List<JourneyEvent> convert(Simulation simulation) {
    List<JourneyEvent> out = new ArrayList<>();
    for (VisitorTimeline timeline : simulation.timelines()) {
      Map<String, String> context = timeline.visitor().context();
      Session current = null;
      for (Step step : timeline.steps()) {
        String session = step.session().id();
        if (step.session() != current) {
          current = step.session();
          out.add(visit(JourneyEvent.of(JourneyEventType.SESSION_STARTED, step.event().at(), session), context, current));
        }
        for (String segment : step.segmentsAssigned()) {
          out.add(visit(JourneyEvent.of(JourneyEventType.SEGMENT_ASSIGNED, step.event().at(), session), context, current)
              .with(JourneyDimension.JOURNEY_SEGMENT_ID, segmentIds.getOrDefault(segment, segment))
              .with(JourneyDimension.JOURNEY_SEGMENT_SCOPE, scopes.getOrDefault(segment, SegmentScope.SESSION).value()));
        }
        for (OutcomeAchieved outcome : step.outcomesAchieved()) {
          JourneyEvent e = visit(JourneyEvent.of(JourneyEventType.OUTCOME_ACHIEVED, outcome.at(), session), context, current)
              .with(JourneyDimension.JOURNEY_OUTCOME_ID, outcomeIds.getOrDefault(outcome.outcome(), outcome.outcome()));
          out.add(outcome.value() == null ? e : e.withValue(outcome.value()));
        }
        for (String map : step.qualified()) {
          out.add(action(JourneyEventType.ACTION_QUALIFIED, step, map, context, current));
        }
        for (Decision d : step.decisions()) {
          if (d.verdict() == Verdict.OUTSIDE_SCHEDULE) {
            out.add(action(JourneyEventType.ACTION_QUALIFIED_OUTSIDE_SCHEDULE, step, d.actionMap(), context, current));
          } else if (d.verdict() == Verdict.FREQUENCY_CAPPED) {
            out.add(action(JourneyEventType.ACTION_FREQUENCY_CAP_REACHED, step, d.actionMap(), context, current));
          }
        }
        for (Offer offer : step.offers()) {
          String actionId = timeline.visitor().id() + "/" + session + "/" + offer.step() + "/" + offer.actionMap();
          JourneyEvent offered = offerEvent(JourneyEventType.ACTION_OFFERED, offer, actionId, context, current);
          out.add(offered);
          JourneyEventType answer = switch (offer.response()) {
            case ACCEPTED -> JourneyEventType.ACTION_ACCEPTED;
            case REJECTED -> JourneyEventType.ACTION_REJECTED;
            case IGNORED -> JourneyEventType.ACTION_IGNORED;
          };
          out.add(offerEvent(answer, offer, actionId, context, current));
        }
      }
    }
    return out;
  }

  private JourneyEvent action(JourneyEventType type, Step step, String map, Map<String, String> context, Session session) {
    return visit(JourneyEvent.of(type, step.event().at(), session.id()), context, session)
        .with(JourneyDimension.JOURNEY_ACTION_MAP_ID, mapIds.getOrDefault(map, map));
  }

  private JourneyEvent offerEvent(JourneyEventType type, Offer offer, String actionId, Map<String, String> context,
      Session session) {
    JourneyEvent e = visit(JourneyEvent.of(type, offer.at(), offer.sessionId()), context, session)
        .with(JourneyDimension.JOURNEY_ACTION_MAP_ID, mapIds.getOrDefault(offer.actionMap(), offer.actionMap()))
        .with(JourneyDimension.JOURNEY_ACTION_ID, actionId);
    if (offer.mediaType() != null) {
      e = e.with(JourneyDimension.JOURNEY_ACTION_MEDIA_TYPE, offer.mediaType().value());
    }
    if (offer.actionTemplate() != null) {
      e = e.with(JourneyDimension.JOURNEY_ACTION_TEMPLATE_ID, templateIds.getOrDefault(offer.actionTemplate(), offer.actionTemplate()));
    }
    return e;
  }

  /** The dimensions every event of a visit carries: session type, device and country from the visit context. */
  private static JourneyEvent visit(JourneyEvent event, Map<String, String> context, Session session) {
    JourneyEvent e = event.with(JourneyDimension.JOURNEY_SESSION_TYPE, session.stream().sessionType());
    if (context.containsKey("device.category")) {
      e = e.with(JourneyDimension.JOURNEY_DEVICE_CATEGORY, context.get("device.category"));
    }
    if (context.containsKey("device.type")) {
      e = e.with(JourneyDimension.JOURNEY_DEVICE_TYPE, context.get("device.type"));
    }
    if (context.containsKey("geolocation.country")) {
      e = e.with(JourneyDimension.JOURNEY_IP_GEOLOCATION_COUNTRY, context.get("geolocation.country"));
    }
    return e;
  }
}
