package com.example.retail.journeys;

import static com.example.retail.journeys.RetailJourneys.SHOP;
import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;

import io.journeydsl.testkit.simulator.JourneySimulator;
import io.journeydsl.testkit.simulator.OutcomeScore;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import io.journeydsl.testkit.simulator.Session;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the configuration does to visitors, event by event, in the visitor simulator. */
class RetailVisitorsTest {
  private static final Instant T0 = Instant.parse("2026-10-14T18:00:00Z");   // inside the lookbook's season

  private static VisitorEvent page(int second, String path) {
    return VisitorEvent.pageView(T0.plusSeconds(second), SHOP + path);
  }

  @Test
  void aDesktopBrowserSeesTheLookbookThenFreeShippingButNoChat() {
    Visitor ann = Visitor.named("ann").withContext("device.category", "desktop")
        .withSession(Session.web("s1",
            page(0, "/products/wool-coat"),
            page(30, "/products/scarf"),
            page(90, "/cart"),
            page(130, "/checkout")));

    Simulation simulation = JourneySimulator.of(RetailJourneys.config()).simulate(ann);

    assertThat(simulation).visitor(ann)
        .afterEvent(1).doesNotMatchSegment(RetailJourneys.PRODUCT_BROWSERS)
        .afterEvent(2).matchesSegment(RetailJourneys.PRODUCT_BROWSERS).doesNotMatchSegment(RetailJourneys.MOBILE_SHOPPERS)
        .offers(RetailJourneys.SHOW_LOOKBOOK)
        .afterEvent(3).matchesSegment(RetailJourneys.CART_BUILDERS).offers(RetailJourneys.FREE_SHIPPING)
        .neverOffers(RetailJourneys.CHECKOUT_CHAT, RetailJourneys.HELP_LIKELY_BUYERS);
  }

  @Test
  void aMobileShopperIsOfferedTheChatOnlyAtCheckout() {
    Visitor ben = Visitor.named("ben").withContext("device.category", "mobile")
        .withSession(Session.web("s1",
            page(0, "/cart"),
            page(60, "/checkout/delivery"),
            page(120, "/order/confirmation").withAttribute("orderTotal", "86.50")));

    Simulation simulation = JourneySimulator.of(RetailJourneys.config()).simulate(ben);

    assertThat(simulation).visitor(ben)
        .afterEvent(1).matchesSegment(RetailJourneys.MOBILE_SHOPPERS).doesNotOffer(RetailJourneys.CHECKOUT_CHAT)
        .afterEvent(2).offers(RetailJourneys.CHECKOUT_CHAT)
        .afterEvent(3).doesNotOffer(RetailJourneys.CHECKOUT_CHAT);
    assertThat(simulation).visitor(ben).achievesOutcome(RetailJourneys.ORDER_PLACED);
    assertThat(simulation).offersTimes(RetailJourneys.CHECKOUT_CHAT, 1);
  }

  @Test
  void aMemberLikelyToOrderIsOfferedHelpWithTheCart() {
    Visitor cleo = Visitor.named("cleo").withContext("device.category", "desktop").authenticated(true)
        .withSession(Session.web("s1",
            page(0, "/account/orders"),
            page(20, "/cart").withScore(RetailJourneys.ORDER_PLACED, new OutcomeScore(0.6, 0.9, null)),
            page(200, "/cart")));
    Visitor dan = Visitor.named("dan").withContext("device.category", "desktop").authenticated(true)
        .withSession(Session.web("s1",
            page(0, "/account/orders"),
            page(20, "/cart").withScore(RetailJourneys.ORDER_PLACED, new OutcomeScore(0.2, 0.3, null)),
            page(200, "/cart")));

    Simulation simulation = JourneySimulator.of(RetailJourneys.config()).simulate(cleo, dan);

    assertThat(simulation).visitor(cleo).afterEvent(1).matchesSegment(RetailJourneys.MEMBERS);
    assertThat(simulation).visitor(cleo).offers(RetailJourneys.HELP_LIKELY_BUYERS);
    assertThat(simulation).visitor(dan).neverOffers(RetailJourneys.HELP_LIKELY_BUYERS);
  }
}
