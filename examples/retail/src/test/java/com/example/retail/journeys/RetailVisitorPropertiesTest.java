package com.example.retail.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.model.MediaType;
import io.journeydsl.testkit.jqwik.VisitorArbitraries;
import io.journeydsl.testkit.simulator.JourneySimulator;
import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.Step;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import io.journeydsl.testkit.simulator.VisitorTimeline;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Promises the shop makes about its offers, held for visitors jqwik makes up (the testkit's
 * {@link VisitorArbitraries}: random contexts and sessions of page views on the shop's paths, custom
 * events and outcome scores), each run through the simulator.
 */
class RetailVisitorPropertiesTest {
  private final JourneySimulator simulator = JourneySimulator.of(RetailJourneys.config());

  @Provide
  Arbitrary<Visitor> visitors() {
    return VisitorArbitraries.visitors();
  }

  @Property(tries = 300)
  void freeShippingIsOfferedOnlyOnACartPage(@ForAll("visitors") Visitor visitor) {
    VisitorTimeline timeline = simulator.simulate(visitor).visitor(visitor.id());
    List<Offer> offers = offersOf(timeline, RetailJourneys.FREE_SHIPPING);
    Statistics.label("free shipping offered").collect(!offers.isEmpty());
    Statistics.label("free shipping offered").coverage(c -> c.check(true).count(n -> n > 0));

    for (Offer offer : offers) {
      assertThat(currentPage(timeline, offer)).as("page of %s", offer).hasValueSatisfying(url -> assertThat(url).contains("/cart"));
    }
  }

  @Property(tries = 300)
  void theChatIsOfferedOnlyToMobileShoppersAtCheckout(@ForAll("visitors") Visitor visitor) {
    VisitorTimeline timeline = simulator.simulate(visitor).visitor(visitor.id());
    List<Offer> offers = offersOf(timeline, RetailJourneys.CHECKOUT_CHAT);
    Statistics.label("chat offered").collect(!offers.isEmpty());
    Statistics.label("chat offered").coverage(c -> c.check(true).count(n -> n > 0));

    for (Offer offer : offers) {
      assertThat(visitor.context()).containsEntry("device.category", "mobile");
      assertThat(currentPage(timeline, offer)).as("page of %s", offer)
          .hasValueSatisfying(url -> assertThat(url).startsWith(RetailJourneys.SHOP + "/checkout"));
    }
  }

  @Property(tries = 300)
  void noVisitorIsShownTwoContentOffersAtOnce(@ForAll("visitors") Visitor visitor) {
    Simulation simulation = simulator.simulate(visitor);

    assertThat(simulation.offers())
        .filteredOn(offer -> MediaType.CONTENT_OFFER.equals(offer.mediaType()))
        .extracting(offer -> offer.sessionId() + "@" + offer.at())
        .doesNotHaveDuplicates();
  }

  private static List<Offer> offersOf(VisitorTimeline timeline, String actionMap) {
    return timeline.offers().stream().filter(offer -> offer.actionMap().equals(actionMap)).toList();
  }

  /** The URL of the last page the visitor viewed in the offer's session, up to the step it was made in. */
  private static Optional<String> currentPage(VisitorTimeline timeline, Offer offer) {
    Optional<String> page = Optional.empty();
    for (Step step : timeline.steps()) {
      if (step.number() > offer.step()) {
        break;
      }
      if (step.session().id().equals(offer.sessionId())) {
        VisitorEvent event = step.event();
        if (event.pageUrl().isPresent()) {
          page = event.pageUrl();
        }
      }
    }
    return page;
  }
}
