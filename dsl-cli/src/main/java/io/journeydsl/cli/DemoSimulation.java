package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.simulator.JourneySimulator;
import io.journeydsl.testkit.simulator.OutcomeScore;
import io.journeydsl.testkit.simulator.Response;
import io.journeydsl.testkit.simulator.Session;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.SimulationReport;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * The demo's simulated visit: a returning, signed-in mobile shopper from the UK browses the example
 * shop of {@link DemoConfig} during the spring sale, and the simulator shows, event by event, which
 * segments match and which offers are decided, and why.
 */
final class DemoSimulation {
  private static final Instant T0 = Instant.parse("2026-03-12T18:30:00Z");
  private static final String SHOP = "https://shop.example.com";

  private DemoSimulation() {}

  /**
   * Prints the simulated visit of {@code config} (the demo configuration) as a timeline.
   *
   * @param config the demo configuration, {@code DemoConfig.create()}
   * @param out where to print
   * @return the simulation, for callers that want to show more of it
   */
  static Simulation show(JourneyConfig config, PrintWriter out) {
    Simulation simulation = JourneySimulator.builder(config)
        .responder((visitor, map) -> map.equals("Offer the sale on pricing") ? Response.ACCEPTED : Response.IGNORED)
        .build().simulate(visitor());
    out.println("A simulated visit (journey simulate prints the same for any bundle and sessions file):");
    out.print(SimulationReport.text(simulation));
    out.flush();
    return simulation;
  }

  /** The visit: account page, the pricing page twice, the cart (likely to buy), checkout, and the order. */
  static Visitor visitor() {
    return Visitor.named("maya").withContext("device.category", "mobile").withContext("geolocation.country", "GB")
        .authenticated(true)
        .withSession(Session.web("spring-visit",
            page(0, "/account/orders"),
            page(20, "/pricing"),
            page(40, "/pricing?plan=pro"),
            page(80, "/cart").withScore("Purchase completed", new OutcomeScore(0.7, 0.85, null)),
            page(95, "/checkout"),
            page(160, "/order/confirmation").withAttribute("orderTotal", "129.00")));
  }

  private static VisitorEvent page(int second, String path) {
    return VisitorEvent.pageView(T0.plusSeconds(second), SHOP + path);
  }
}
