package io.journeydsl.testkit.assertj;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.journeydsl.testkit.simulator.Verdict;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulationAssertTest {
  private static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");
  private static final JourneySegment PRICING = segment("Pricing visitors")
      .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing"))).build();
  private static final JourneySegment MOBILE = segment("Mobile shoppers")
      .context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile"))).build();
  private static final ActionTemplate SALE = contentOfferTemplate("Spring sale",
      o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY)).build();
  private static final ActionMap OFFER = actionMap("Offer the sale").triggerWithSegments(PRICING)
      .pageUrlConditions(url().contains("/pricing")).action(contentOffer(SALE)).weight(2).build();
  private static final ActionMap MOBILE_OFFER = actionMap("Mobile sale").triggerWithSegments(MOBILE)
      .pageUrlConditions(url().contains("/")).action(contentOffer(SALE)).weight(3).build();
  private static final Visitor ANN = Visitor.named("ann").withContext("device.category", "desktop").withSession(
      Session.web("s1", page(0, "/home"), page(10, "/pricing"), page(20, "/pricing")));

  private static VisitorEvent page(int second, String path) {
    return VisitorEvent.pageView(T0.plusSeconds(second), "https://shop.example.com" + path);
  }

  private static Simulation simulate(Visitor visitor) {
    return JourneySimulator.of(JourneyConfig.of(PRICING, MOBILE, SALE, OFFER, MOBILE_OFFER)).simulate(visitor);
  }

  @Test
  void passesWhenTheVisitorMatchesAndIsOffered() {
    assertThat(simulate(ANN)).visitor(ANN).afterEvent(3).matchesSegment("Pricing visitors").offers("Offer the sale")
        .doesNotMatchSegment("Mobile shoppers").neverOffers("Mobile sale")
        .afterEvent(2).doesNotOffer("Offer the sale").hasVerdict("Offer the sale", Verdict.NOT_QUALIFIED);
  }

  @Test
  void aFailedSegmentMatchNamesThePatternThatFellShort() {
    assertThatThrownBy(() -> assertThat(simulate(ANN)).visitor("ann").afterEvent(2).matchesSegment("Pricing visitors"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected visitor 'ann' to match segment 'Pricing visitors' after event 2")
        .hasMessageContaining("page.url containsAll [/pricing]) matched 1 of 2 times in session s1");
  }

  @Test
  void aMissingOfferSaysWhichMapWonAndByWhichRule() {
    ActionMap bigSale = actionMap("Big sale").triggerWithSegments(PRICING).pageUrlConditions(url().contains("/"))
        .action(contentOffer(SALE)).weight(3).build();
    Simulation simulation = JourneySimulator.of(JourneyConfig.of(PRICING, SALE, OFFER, bigSale)).simulate(ANN);

    assertThatThrownBy(() -> assertThat(simulation).visitor("ann").afterEvent(3).offers("Offer the sale"))
        .hasMessageContaining("LOST_PRECEDENCE")
        .hasMessageContaining("'Big sale' (weight 3) was offered instead")
        .hasMessageContaining("rule PRECEDENCE, https://all.docs.genesys.com/ATC/Current/AdminGuide/Prioritize");
  }

  @Test
  void aMissingOfferSaysWhichTriggerFailed() {
    assertThatThrownBy(() -> assertThat(simulate(ANN)).visitor("ann").afterEvent(2).offers("Offer the sale"))
        .hasMessageContaining("NOT_QUALIFIED: none of its trigger segments is assigned")
        .hasMessageContaining("matched 1 of 2 times");
  }

  @Test
  void anUnwantedOfferSaysWhenAndWhy() {
    assertThatThrownBy(() -> assertThat(simulate(ANN)).neverOffers("Offer the sale"))
        .hasMessageContaining("Expected visitor 'ann' never to be offered 'Offer the sale', but it was at event 3")
        .hasMessageContaining("segment 'Pricing visitors' is assigned");
  }

  @Test
  void unknownNamesAreReportedWithTheNamesThereAre() {
    assertThatThrownBy(() -> assertThat(simulate(ANN)).visitor("ann").afterEvent(1).offers("Nope"))
        .hasMessageContaining("no action map named 'Nope'").hasMessageContaining("Offer the sale");
    assertThatThrownBy(() -> assertThat(simulate(ANN)).visitor("bob"))
        .hasMessageContaining("Expected a visitor 'bob' in the simulation, but its visitors are [ann]");
    assertThatThrownBy(() -> assertThat(simulate(ANN)).visitor("ann").afterEvent(4))
        .hasMessageContaining("it has 3 events");
  }
}
