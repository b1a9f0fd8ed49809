package io.journeydsl.testkit.simulator;

import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.event;
import static io.journeydsl.Journey.likelihood;
import static io.journeydsl.Journey.onNextSession;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.quantile;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.testkit.simulator.Shop.PRICING;
import static io.journeydsl.testkit.simulator.Shop.SALE;
import static io.journeydsl.testkit.simulator.Shop.T0;
import static io.journeydsl.testkit.simulator.Shop.chat;
import static io.journeydsl.testkit.simulator.Shop.config;
import static io.journeydsl.testkit.simulator.Shop.offer;
import static io.journeydsl.testkit.simulator.Shop.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ActionMapDecisionsTest {
  private static final JourneySegment ANYONE = segment("Anyone")
      .journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/"))).build();
  private static final Visitor TWO_PRICING_VIEWS = Visitor.named("ann")
      .withSession(Session.web("s1", page(0, "/home"), page(10, "/pricing"), page(20, "/pricing")));

  @Test
  void aMapIsOfferedWhenItsSegmentIsAssignedOnAnAcceptedPage() {
    ActionMap sale = offer("Offer the sale", PRICING).build();
    Step step = JourneySimulator.of(config(PRICING, SALE, sale)).simulate(TWO_PRICING_VIEWS).visitor("ann").afterEvent(3);

    assertThat(step.offers()).extracting(Offer::actionMap).containsExactly("Offer the sale");
    assertThat(step.offers().get(0).actionTemplate()).isEqualTo("Spring sale");
    assertThat(step.decision("Offer the sale").reason()).contains("segment 'Pricing visitors' is assigned");
  }

  @Test
  void anInactiveMapNeverQualifies() {
    ActionMap sale = offer("Offer the sale", PRICING).isActive(false).build();
    VisitorTimeline t = JourneySimulator.of(config(PRICING, SALE, sale)).simulate(TWO_PRICING_VIEWS).visitor("ann");

    assertThat(t.offers()).isEmpty();
    assertThat(t.afterEvent(3).decision("Offer the sale")).satisfies(d -> {
      assertThat(d.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
      assertThat(d.rule()).isEqualTo(Rule.ACTIVE);
    });
  }

  @Test
  void aMapFiresOnlyInsideItsDateWindow() {
    ActionMap early = offer("Too late", PRICING).endDate(T0.plusSeconds(15)).build();
    ActionMap late = offer("Too early", PRICING).startDate(T0.plusSeconds(60)).build();
    VisitorTimeline t = JourneySimulator.of(config(PRICING, SALE, early, late)).simulate(TWO_PRICING_VIEWS).visitor("ann");

    assertThat(t.offers()).isEmpty();
    assertThat(t.afterEvent(3).decision("Too late").reason()).contains("at or after its endDate");
    assertThat(t.afterEvent(3).decision("Too early").reason()).contains("before its startDate");
  }

  @Test
  void theHigherWeightWinsAmongOffersOfOneMediaTypeWhileOtherTypesShowToo() {
    ActionMap low = offer("Low", ANYONE).weight(1).build();
    ActionMap high = offer("High", ANYONE).weight(3).build();
    ActionMap chat = chat("Chat", ANYONE).weight(1).build();
    Step step = JourneySimulator.of(config(ANYONE, SALE, low, high, chat)).simulate(TWO_PRICING_VIEWS)
        .visitor("ann").afterEvent(1);

    assertThat(step.offers()).extracting(Offer::actionMap).containsExactly("High", "Chat");
    assertThat(step.decision("Low")).satisfies(d -> {
      assertThat(d.verdict()).isEqualTo(Verdict.LOST_PRECEDENCE);
      assertThat(d.reason()).contains("'High' (weight 3)").contains("over weight 1");
      assertThat(d.rule()).isEqualTo(Rule.PRECEDENCE);
    });
  }

  @Test
  void equalWeightsGoToTheFirstMapAndSaySoAsAnAssumption() {
    ActionMap first = offer("First", ANYONE).build();
    ActionMap second = offer("Second", ANYONE).build();
    Step step = JourneySimulator.of(config(ANYONE, SALE, first, second)).simulate(TWO_PRICING_VIEWS).visitor("ann").afterEvent(1);

    assertThat(step.offers()).extracting(Offer::actionMap).containsExactly("First");
    assertThat(step.decision("Second").assumption()).hasValueSatisfying(a -> assertThat(a).contains("configuration order"));
  }

  @Test
  void amongEqualWeightsTheConfigurationOrderDecidesNotTheOrderOfQualifying() {
    JourneySegment pricing = segment("On pricing").journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/pricing"))).build();
    ActionMap first = offer("First in configuration", pricing).build();
    ActionMap early = offer("Qualifies earlier", ANYONE).pageUrlConditions(url().contains("/pricing")).build();
    Step step = JourneySimulator.of(config(ANYONE, pricing, SALE, first, early)).simulate(TWO_PRICING_VIEWS)
        .visitor("ann").afterEvent(2);

    assertThat(step.offers()).extracting(Offer::actionMap).containsExactly("First in configuration");
    assertThat(step.decision("Qualifies earlier").verdict()).isEqualTo(Verdict.LOST_PRECEDENCE);
  }

  @Test
  void aMapQualifiesOncePerSession() {
    ActionMap sale = offer("Sale", ANYONE).build();
    VisitorTimeline t = JourneySimulator.of(config(ANYONE, SALE, sale)).simulate(TWO_PRICING_VIEWS).visitor("ann");

    assertThat(t.offers()).hasSize(1);
    assertThat(t.afterEvent(2).decision("Sale").verdict()).isEqualTo(Verdict.ALREADY_QUALIFIED);
  }

  @Test
  void aWebActionWaitsForAPageItsUrlConditionsAccept() {
    ActionMap sale = offer("Sale", ANYONE).pageUrlConditions(url().contains("/pricing")).build();
    VisitorTimeline t = JourneySimulator.of(config(ANYONE, SALE, sale)).simulate(TWO_PRICING_VIEWS).visitor("ann");

    assertThat(t.afterEvent(1).decision("Sale")).satisfies(d -> {
      assertThat(d.verdict()).isEqualTo(Verdict.WAITING);
      assertThat(d.rule()).isEqualTo(Rule.PAGE_URL);
    });
    assertThat(t.afterEvent(2).offers()).extracting(Offer::actionMap).containsExactly("Sale");
  }

  @Test
  void aDelayedActionShowsWhenTheVisitorStaysOnThePageLongEnough() {
    ActionMap sale = offer("Sale", ANYONE).activation(delay(Duration.ofSeconds(5))).build();
    VisitorTimeline t = JourneySimulator.of(config(ANYONE, SALE, sale)).simulate(TWO_PRICING_VIEWS).visitor("ann");

    assertThat(t.afterEvent(1).decision("Sale").verdict()).isEqualTo(Verdict.OFFERED);
    assertThat(t.afterEvent(1).offers().get(0).at()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void aDelayedActionWaitsForTheVisitorToReturnToThePageItLeft() {
    ActionMap sale = offer("Sale", ANYONE).activation(delay(Duration.ofSeconds(30))).build();
    Visitor hopper = Visitor.named("hop").withSession(Session.web("s", page(0, "/a"), page(10, "/b"), page(100, "/a")));
    VisitorTimeline t = JourneySimulator.of(config(ANYONE, SALE, sale)).simulate(hopper).visitor("hop");

    assertThat(t.afterEvent(1).offers()).isEmpty();
    assertThat(t.afterEvent(2).offers()).isEmpty();
    assertThat(t.afterEvent(3).offers()).extracting(Offer::at).containsExactly(T0.plusSeconds(100));
  }

  @Test
  void onNextSessionShowsTheActionInTheNextSession() {
    ActionMap sale = offer("Sale", ANYONE).activation(onNextSession()).build();
    Visitor back = Visitor.named("back").withSession(Session.web("s1", page(0, "/")), Session.web("s2", page(9000, "/")));
    VisitorTimeline t = JourneySimulator.of(config(ANYONE, SALE, sale)).simulate(back).visitor("back");

    assertThat(t.afterEvent(1).decision("Sale").verdict()).isEqualTo(Verdict.WAITING);
    assertThat(t.afterEvent(2).offers()).extracting(Offer::sessionId).containsExactly("s2");
  }

  @Test
  void schedulesGiveOpeningHoursAndEmergencies() {
    ActionMap sale = offer("Sale", ANYONE).actionMapScheduleGroups(ScheduleGroupId.of("hours"), ScheduleGroupId.of("storm")).build();
    JourneySimulator closed = JourneySimulator.builder(config(ANYONE, SALE, sale))
        .schedule((group, at) -> group.value().equals("hours") && at.isAfter(T0.plusSeconds(5))).build();
    JourneySimulator storm = JourneySimulator.builder(config(ANYONE, SALE, sale)).schedule((group, at) -> true).build();

    assertThat(closed.simulate(TWO_PRICING_VIEWS).visitor("ann").afterEvent(1).decision("Sale").verdict())
        .isEqualTo(Verdict.OUTSIDE_SCHEDULE);
    assertThat(storm.simulate(TWO_PRICING_VIEWS).visitor("ann").afterEvent(1).decision("Sale").reason())
        .contains("emergency schedule group storm");
    assertThat(JourneySimulator.of(config(ANYONE, SALE, sale)).simulate(TWO_PRICING_VIEWS).visitor("ann").afterEvent(1)
        .decision("Sale").assumption()).hasValueSatisfying(a -> assertThat(a).contains("no schedule was given"));
  }

  @Test
  void theFrequencyCapStopsFurtherOffersUnlessAMapIgnoresIt() {
    JourneySegment second = segment("Second page").journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/"))).build();
    ActionMap first = offer("First", ANYONE).build();
    ActionMap capped = offer("Capped", second).build();
    ActionMap free = chat("Free", second).build();
    FrequencyCap afterRejection = new FrequencyCap(false, true, Duration.ZERO);
    Simulation rejecting = JourneySimulator.builder(config(ANYONE, second, SALE, first, capped, free))
        .frequencyCap(afterRejection).responder((v, map) -> Response.REJECTED).build().simulate(TWO_PRICING_VIEWS);
    ActionMap ignoring = offer("Capped", second).ignoreFrequencyCap(true).build();
    Simulation overridden = JourneySimulator.builder(config(ANYONE, second, SALE, first, ignoring))
        .frequencyCap(afterRejection).responder((v, map) -> Response.REJECTED).build().simulate(TWO_PRICING_VIEWS);

    assertThat(rejecting.visitor("ann").afterEvent(2).decision("Capped")).satisfies(d -> {
      assertThat(d.verdict()).isEqualTo(Verdict.FREQUENCY_CAPPED);
      assertThat(d.reason()).contains("rejected a contentOffer");
    });
    assertThat(rejecting.visitor("ann").afterEvent(2).offers()).extracting(Offer::actionMap).containsExactly("Free");
    assertThat(overridden.visitor("ann").afterEvent(2).offers()).extracting(Offer::actionMap).containsExactly("Capped");
  }

  @Test
  void eventConditionsTriggerOnVisitorActivity() {
    ActionMap checkout = offer("Checkout help", ANYONE).triggerWithSegments(java.util.List.of())
        .addTriggerWithEventConditions(event(web(), "page.url").named(VisitorEvent.PAGE_VIEWED).contains("/checkout")).build();
    VisitorTimeline t = JourneySimulator.of(config(ANYONE, SALE, checkout)).simulate(Visitor.named("c")
        .withSession(Session.web("s", page(0, "/cart"), page(5, "/checkout")))).visitor("c");

    assertThat(t.afterEvent(1).decision("Checkout help").reason()).contains("event condition 1");
    assertThat(t.afterEvent(2).offers()).extracting(Offer::actionMap).containsExactly("Checkout help");
  }

  @Test
  void outcomeConditionsReadTheScoresTheTestGives() {
    Outcome purchase = outcome("Purchase").journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/done"))).build();
    ActionMap rescue = offer("Rescue", ANYONE).addTriggerWithOutcomeProbabilityConditions(likelihood(purchase).between(0.5f, 0.9f)).build();
    ActionMap peak = chat("Peak", ANYONE).addTriggerWithOutcomeQuantileConditions(quantile(purchase).peakAboveNowBelow(0.8f, 0.5f)).build();
    Visitor v = Visitor.named("v").withSession(Session.web("s",
        page(0, "/a").withScore("Purchase", new OutcomeScore(0.95, 0.9, null)),
        page(5, "/b").withScore("Purchase", new OutcomeScore(0.7, 0.4, null))));
    VisitorTimeline t = JourneySimulator.of(config(ANYONE, purchase, SALE, rescue, peak)).simulate(v).visitor("v");

    assertThat(t.afterEvent(1).offers()).isEmpty();
    assertThat(t.afterEvent(1).decision("Rescue").reason()).contains("probability of 'Purchase' at least 0.5 and at most 0.9");
    assertThat(t.afterEvent(2).offers()).extracting(Offer::actionMap).containsExactly("Rescue", "Peak");
  }

  @Test
  void outcomesAreAchievedWithTheirAssociatedValue() {
    Outcome purchase = outcome("Purchase").journey(pattern(web(), "order_placed", 1, JourneyKeys.attribute("total").greaterThan("0")))
        .associatedValueField(f -> f.dataType(io.journeydsl.outcome.AssociatedValueDataType.NUMBER).name("attributes.total.value"))
        .build();
    Visitor v = Visitor.named("v").withSession(Session.web("s", page(0, "/cart"),
        VisitorEvent.custom(T0.plusSeconds(9), "order_placed", java.util.Map.of("total", "42.50"))));
    VisitorTimeline t = JourneySimulator.of(config(purchase)).simulate(v).visitor("v");

    assertThat(t.outcomesAchieved()).singleElement().satisfies(o -> {
      assertThat(o.outcome()).isEqualTo("Purchase");
      assertThat(o.value()).isEqualByComparingTo("42.50");
    });
    assertThat(t.afterEvent(2).outcomesAchieved()).hasSize(1);
  }
}
