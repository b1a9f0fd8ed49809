package io.journeydsl.testkit.simulator;

import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.web;
import static io.journeydsl.testkit.simulator.Shop.MOBILE;
import static io.journeydsl.testkit.simulator.Shop.PRICING;
import static io.journeydsl.testkit.simulator.Shop.T0;
import static io.journeydsl.testkit.simulator.Shop.config;
import static io.journeydsl.testkit.simulator.Shop.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.SegmentScope;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentMatchingTest {

  @Test
  void aJourneyPatternNeedsItsCountOfMatchingEventsWithinOneSession() {
    Visitor ann = Visitor.named("ann").withSession(Session.web("s1", page(0, "/pricing"), page(10, "/home"),
        page(20, "/pricing?plan=pro")));
    VisitorTimeline timeline = JourneySimulator.of(config(PRICING)).simulate(ann).visitor("ann");

    assertThat(timeline.afterEvent(2).segments()).isEmpty();
    assertThat(timeline.afterEvent(2).segment("Pricing visitors").reason())
        .contains("matched 1 of 2 times in session s1").contains("page.url containsAll [/pricing]")
        .contains("'https://shop.example.com/home'");
    assertThat(timeline.afterEvent(3).segments()).containsExactly("Pricing visitors");
  }

  @Test
  void countsStartAgainInEachSessionForSessionSegments() {
    Visitor bob = Visitor.named("bob").withSession(Session.web("s1", page(0, "/pricing")),
        Session.web("s2", page(7200, "/pricing")));
    VisitorTimeline timeline = JourneySimulator.of(config(PRICING)).simulate(bob).visitor("bob");

    assertThat(timeline.afterEvent(2).segments()).isEmpty();
  }

  @Test
  void customerSegmentsPersistIntoLaterSessions() {
    JourneySegment loyal = segment("Loyal").scope(SegmentScope.CUSTOMER)
        .journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/account"))).build();
    Visitor cy = Visitor.named("cy").withSession(Session.web("s1", page(0, "/account")),
        Session.web("s2", page(7200, "/home")));
    VisitorTimeline timeline = JourneySimulator.of(config(loyal)).simulate(cy).visitor("cy");

    assertThat(timeline.afterEvent(2).segments()).containsExactly("Loyal");
    assertThat(timeline.afterEvent(2).segment("Loyal").reason()).contains("customer segment assigned since");
  }

  @Test
  void contextCriteriaLookAtTheVisitorsContext() {
    Visitor phone = Visitor.named("phone").withContext("device.category", "mobile").withSession(Session.web("s", page(0, "/")));
    Visitor desk = Visitor.named("desk").withContext("device.category", "desktop").withSession(Session.web("s", page(0, "/")));
    Simulation simulation = JourneySimulator.of(config(MOBILE)).simulate(phone, desk);

    assertThat(simulation.visitor("phone").afterEvent(1).segments()).containsExactly("Mobile shoppers");
    assertThat(simulation.visitor("desk").afterEvent(1).segment("Mobile shoppers").reason())
        .contains("device.category equal [mobile]").contains("'desktop'");
  }

  @Test
  void shouldIgnoreCaseDecidesWhetherCaseMatters() {
    JourneySegment strict = segment("Strict").context(contextPattern(ContextKeys.GEOLOCATION_COUNTRY.equal("gb"))).build();
    JourneySegment lenient = segment("Lenient")
        .context(contextPattern(ContextKeys.GEOLOCATION_COUNTRY.ignoringCase().equal("gb"))).build();
    Visitor uk = Visitor.named("uk").withContext("geolocation.country", "GB").withSession(Session.web("s", page(0, "/")));

    assertThat(JourneySimulator.of(config(strict, lenient)).simulate(uk).visitor("uk").afterEvent(1).segments())
        .containsExactly("Lenient");
  }

  @Test
  void customAttributesCompareByOrderAsNumbers() {
    JourneySegment bigCarts = segment("Big carts")
        .journey(pattern(web(), "added_to_cart", 1, JourneyKeys.attribute("cartValue").greaterThanOrEqual("100"))).build();
    Visitor small = Visitor.named("small").withSession(Session.web("s",
        VisitorEvent.custom(T0, "added_to_cart", Map.of("cartValue", "99.5"))));
    Visitor big = Visitor.named("big").withSession(Session.web("s",
        VisitorEvent.custom(T0, "added_to_cart", Map.of("cartValue", "100.00"))));
    Simulation simulation = JourneySimulator.of(config(bigCarts)).simulate(small, big);

    assertThat(simulation.visitor("small").afterEvent(1).segments()).isEmpty();
    assertThat(simulation.visitor("big").afterEvent(1).segments()).containsExactly("Big carts");
  }

  @Test
  void aPatternCountsOnlyEventsOfItsNameAndSessionType() {
    JourneySegment adders = segment("Adders").journey(pattern(web(), "added_to_cart", 1,
        JourneyKeys.attribute("sku").startsWith("SHOE-"))).build();
    Visitor app = Visitor.named("app").withSession(Session.app("a",
        VisitorEvent.custom(T0, "added_to_cart", Map.of("sku", "SHOE-1"))));
    Visitor viewer = Visitor.named("viewer").withSession(Session.web("w",
        VisitorEvent.custom(T0, "removed_from_cart", Map.of("sku", "SHOE-1"))));
    Simulation simulation = JourneySimulator.of(config(adders)).simulate(app, viewer);

    assertThat(simulation.visitor("app").afterEvent(1).segment("Adders").reason()).contains("Web/web sessions");
    assertThat(simulation.visitor("viewer").afterEvent(1).segment("Adders").reason())
        .contains("this event is 'removed_from_cart'");
  }

  @Test
  void anInactiveSegmentIsNeverAssigned() {
    JourneySegment off = PRICING.withIsActive(false);
    Visitor ann = Visitor.named("ann").withSession(Session.web("s", page(0, "/pricing"), page(1, "/pricing")));

    assertThat(JourneySimulator.of(config(off)).simulate(ann).visitor("ann").afterEvent(2).segment("Pricing visitors"))
        .satisfies(m -> assertThat(m.matched()).isFalse())
        .satisfies(m -> assertThat(m.reason()).contains("inactive"));
  }
}
