package io.journeydsl.testkit.jqwik;

import io.journeydsl.testkit.simulator.OutcomeScore;
import io.journeydsl.testkit.simulator.Session;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of visitor activity for the {@link io.journeydsl.testkit.simulator simulator}:
 * visitors with a visit context (device, browser, country, referrer, authenticated), web and app
 * sessions of page views on the paths {@link JourneyArbitraries} segments look for, custom events with
 * attributes and, now and then, outcome scores. Sessions start at least an hour apart, so each is a new
 * session in Genesys' sense (30 minutes of inactivity end one).
 *
 * <pre>{@code
 * @Property
 * void neverThrows(@ForAll("bundles") JourneyConfig config, @ForAll("visitors") Visitor visitor) {
 *   JourneySimulator.of(config).simulate(visitor);
 * }
 *
 * @Provide
 * Arbitrary<Visitor> visitors() {
 *   return VisitorArbitraries.visitors();
 * }
 * }</pre>
 */
public final class VisitorArbitraries {
  /** Where generated activity starts: in March 2026. */
  public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
  private static final String HOST = "https://shop.example.com";
  private static final List<String> EVENT_NAMES = List.of("added_to_cart", "form_submitted", "video_played");

  private VisitorArbitraries() {}

  /** Visitors with a context and 1..3 sessions, ids {@code v1}.. made unique by the caller when needed. */
  public static Arbitrary<Visitor> visitors() {
    return Combinators.combine(contexts(), sessions(START).list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(1, 9999))
        .as((context, sessions, n) -> {
          Visitor visitor = Visitor.named("v" + n);
          for (Map.Entry<String, String> e : context.entrySet()) {
            visitor = visitor.withContext(e.getKey(), e.getValue());
          }
          List<Session> spaced = new ArrayList<>();
          for (int i = 0; i < sessions.size(); i++) {
            spaced.add(shifted(sessions.get(i), i, "s" + (i + 1)));
          }
          return spaced.isEmpty() ? visitor : visitor.withSession(spaced.get(0), spaced.subList(1, spaced.size()).toArray(Session[]::new));
        });
  }

  /** Visit contexts over the documented context keys. */
  public static Arbitrary<Map<String, String>> contexts() {
    return Combinators.combine(Arbitraries.of("mobile", "desktop", "tablet"), Arbitraries.of("Chrome", "Firefox", "Safari"),
        Arbitraries.of("gb", "de", "us", "GB"), Arbitraries.of("google", "newsletter", "email"), Arbitraries.of(true, false),
        Arbitraries.of("120.0", "17.2", "9"))
        .as((device, browser, country, referrer, authenticated, version) -> Map.of("device.category", device,
            "browser.family", browser, "geolocation.country", country, "referrer.medium", referrer,
            "authenticated", Boolean.toString(authenticated), "browser.version", version));
  }

  /**
   * Sessions of 1..8 events starting at {@code start}, 1..120 seconds apart: mostly web sessions of
   * page views, some app sessions, with custom events and outcome scores mixed in.
   *
   * @param start when the first event happens
   * @return the arbitrary
   */
  public static Arbitrary<Session> sessions(Instant start) {
    Arbitrary<List<VisitorEvent>> events = Combinators.combine(event().list().ofMinSize(1).ofMaxSize(8),
        Arbitraries.integers().between(1, 120).list().ofSize(8))
        .as((list, gaps) -> {
          List<VisitorEvent> timed = new ArrayList<>();
          Instant at = start;
          for (int i = 0; i < list.size(); i++) {
            at = at.plusSeconds(gaps.get(i));
            VisitorEvent e = list.get(i);
            timed.add(new VisitorEvent(at, e.eventName(), e.fields(), e.scores()));
          }
          return timed;
        });
    return Combinators.combine(Arbitraries.of(true, true, true, false), events)
        .as((web, list) -> web ? Session.web("s", list.toArray(VisitorEvent[]::new)) : Session.app("s", list.toArray(VisitorEvent[]::new)));
  }

  private static Arbitrary<VisitorEvent> event() {
    Arbitrary<VisitorEvent> page = Combinators.combine(Words.path(), Arbitraries.of("", "?plan=pro", "#faq"), Words.text())
        .as((path, suffix, title) -> VisitorEvent.pageView(START, HOST + path + suffix).withTitle(title));
    Arbitrary<VisitorEvent> custom = Combinators.combine(Arbitraries.of(EVENT_NAMES), Arbitraries.integers().between(0, 300))
        .as((name, value) -> VisitorEvent.custom(START, name, Map.of("cartValue", Integer.toString(value), "sku", "SHOE-" + value)));
    Arbitrary<VisitorEvent> scored = Combinators.combine(page, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
        .as((e, p, q) -> e.withScore("Purchase completed 1", new OutcomeScore(p, q, p * 100)));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, page), net.jqwik.api.Tuple.of(2, custom), net.jqwik.api.Tuple.of(1, scored));
  }

  /** The session moved 25 hours later per {@code index} (well past the 30-minute session timeout), renamed. */
  private static Session shifted(Session session, int index, String id) {
    List<VisitorEvent> moved = session.events().stream()
        .map(e -> new VisitorEvent(e.at().plusSeconds(index * 90_000L), e.eventName(), e.fields(), e.scores())).toList();
    return new Session(id, session.stream(), moved);
  }
}
