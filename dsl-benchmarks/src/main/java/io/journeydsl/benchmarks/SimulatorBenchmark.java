package io.journeydsl.benchmarks;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.event;
import static io.journeydsl.Journey.immediate;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.simulator.JourneySimulator;
import io.journeydsl.testkit.simulator.Session;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The visitor simulator on a configuration of {@value #SEGMENTS} segments and {@value #MAPS} action
 * maps: each call simulates one visitor's session of {@value #EVENTS} events (page views over 20
 * paths, custom events now and then), so the score is events per second. Segments mix journey
 * patterns (counts 1..3, text and ordered criteria) with visit context criteria; action maps mix
 * segment triggers, event conditions, URL conditions, activations and weights. Built once from a
 * fixed seed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SimulatorBenchmark {
  static final int SEGMENTS = 100;
  static final int MAPS = 100;
  static final int EVENTS = 50;
  private static final int VISITORS = 64;
  private static final String[] PATHS = {"/pricing", "/checkout", "/cart", "/account", "/help", "/products",
      "/order/confirmation", "/signup", "/blog", "/contact", "/pricing/teams", "/products/shoes", "/products/bags",
      "/help/returns", "/account/orders", "/blog/spring", "/careers", "/about", "/search", "/wishlist"};

  private JourneySimulator simulator;
  private List<Visitor> visitors;
  private int next;

  /** The configuration and {@value #VISITORS} visitors, from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    simulator = JourneySimulator.of(config(random));
    visitors = new ArrayList<>();
    for (int v = 0; v < VISITORS; v++) {
      visitors.add(visitor(random, v));
    }
  }

  /** One visitor's session of {@value #EVENTS} events through the whole configuration. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public Simulation simulateSession() {
    Visitor visitor = visitors.get(next);
    next = (next + 1) % VISITORS;
    return simulator.simulate(visitor);
  }

  static JourneyConfig config(Random random) {
    JourneyConfig.Builder config = JourneyConfig.builder();
    List<JourneySegment> segments = new ArrayList<>();
    for (int i = 0; i < SEGMENTS; i++) {
      String path = PATHS[random.nextInt(PATHS.length)];
      JourneySegment.Builder s = segment("Segment " + i).isActive(true)
          .journey(pattern(web(), 1 + random.nextInt(3), JourneyKeys.PAGE_URL.ignoringCase().contains(path)));
      if (i % 3 == 0) {
        s.context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal(i % 2 == 0 ? "mobile" : "desktop")));
      }
      if (i % 10 == 0) {
        s.journey(pattern(web(), "added_to_cart", 1, JourneyKeys.attribute("cartValue").greaterThan(Integer.toString(random.nextInt(200)))));
      }
      segments.add(s.build());
    }
    config.addAllSegments(segments);
    ActionTemplate template = contentOfferTemplate("Offer", o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY)).build();
    config.addActionTemplates(template);
    for (int i = 0; i < MAPS; i++) {
      ActionMap.Builder m = actionMap("Map " + i).isActive(i % 17 != 0).weight(1 + random.nextInt(3))
          .triggerWithSegments(segments.get(random.nextInt(SEGMENTS)), segments.get(random.nextInt(SEGMENTS)))
          .pageUrlConditions(url().contains(PATHS[random.nextInt(PATHS.length)].substring(0, 4)))
          .activation(i % 4 == 0 ? delay(Duration.ofSeconds(10)) : immediate())
          .action(i % 3 == 0 ? webMessagingOffer("Chat?") : contentOffer(template));
      if (i % 5 == 0) {
        m.addTriggerWithEventConditions(event(web(), "page.url").named(VisitorEvent.PAGE_VIEWED).contains("/help"));
      }
      config.addActionMaps(m.build());
    }
    return config.build();
  }

  static Visitor visitor(Random random, int n) {
    Instant at = Instant.parse("2026-03-10T10:00:00Z");
    VisitorEvent[] events = new VisitorEvent[EVENTS];
    for (int e = 0; e < EVENTS; e++) {
      at = at.plusSeconds(1 + random.nextInt(30));
      events[e] = random.nextInt(10) == 0
          ? VisitorEvent.custom(at, "added_to_cart", Map.of("cartValue", Integer.toString(random.nextInt(300))))
          : VisitorEvent.pageView(at, "https://shop.example.com" + PATHS[random.nextInt(PATHS.length)]);
    }
    return Visitor.named("v" + n).withContext("device.category", n % 2 == 0 ? "mobile" : "desktop")
        .withSession(Session.web("s" + n, events));
  }
}
