package io.journeydsl.testkit.simulator;

import static io.journeydsl.Journey.aggregateQuery;
import static io.journeydsl.testkit.simulator.Shop.PRICING;
import static io.journeydsl.testkit.simulator.Shop.SALE;
import static io.journeydsl.testkit.simulator.Shop.T0;
import static io.journeydsl.testkit.simulator.Shop.config;
import static io.journeydsl.testkit.simulator.Shop.offer;
import static io.journeydsl.testkit.simulator.Shop.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.testkit.FakeJourneyApi;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SimulatedAnalyticsTest {

  @Test
  void aggregateQueriesOnTheFakeCountTheOffersAndAnswersThatFollowFromTheConfiguration() {
    ActionMap sale = offer("Offer the sale", PRICING).build();
    JourneyConfig config = config(PRICING, SALE, sale);
    FakeJourneyApi fake = FakeJourneyApi.builder().seed(7).build();
    JourneyConfig stored = fake.seed(config);
    Visitor buyer = Visitor.named("buyer").withContext("device.category", "mobile")
        .withSession(Session.web("b1", page(0, "/pricing"), page(10, "/pricing")));
    Visitor browser = Visitor.named("browser").withContext("device.category", "desktop")
        .withSession(Session.web("w1", page(0, "/pricing"), page(10, "/pricing")));
    Visitor passerby = Visitor.named("passerby").withSession(Session.web("p1", page(0, "/home")));
    Simulation simulation = JourneySimulator.builder(config)
        .responder((visitor, map) -> visitor.id().equals("buyer") ? Response.ACCEPTED : Response.REJECTED)
        .build().simulate(buyer, browser, passerby);

    SimulatedAnalytics.feed(fake, simulation);
    JourneyAggregateQueryResponse byDevice = fake.client().analytics().query(aggregateQuery()
        .interval(T0, Duration.ofDays(1))
        .metrics(JourneyMetric.N_WEB_ACTIONS_OFFERED, JourneyMetric.N_WEB_ACTIONS_ACCEPTED,
            JourneyMetric.N_JOURNEY_SESSIONS, JourneyMetric.N_JOURNEY_SEGMENTS_ASSIGNED)
        .groupBy(JourneyDimension.JOURNEY_ACTION_MAP_ID)
        .build());

    String mapId = stored.actionMap("Offer the sale").orElseThrow().id();
    assertThat(counts(byDevice, mapId)).containsEntry("nWebActionsOffered", 2L).containsEntry("nWebActionsAccepted", 1L);
    assertThat(counts(byDevice, null)).containsEntry("nJourneySessions", 3L).containsEntry("nJourneySegmentsAssigned", 2L);
  }

  @Test
  void everyEventCarriesTheSessionAndTheVisitsDevice() {
    Simulation simulation = JourneySimulator.of(config(PRICING, SALE, offer("Offer the sale", PRICING).build()))
        .simulate(Visitor.named("v").withContext("device.category", "tablet")
            .withSession(Session.web("s", page(0, "/pricing"), page(5, "/pricing"))));

    assertThat(SimulatedAnalytics.events(simulation)).isNotEmpty().allSatisfy(e -> {
      assertThat(e.sessionId()).isEqualTo("s");
      assertThat(e.dimension("journeyDeviceCategory")).contains("tablet");
      assertThat(e.dimension("journeySessionType")).contains("web");
    });
    assertThat(SimulatedAnalytics.events(simulation)).extracting(e -> e.type().metric())
        .containsExactly("nJourneySessions", "nJourneySegmentsAssigned", "nWebActionsQualified", "nWebActionsOffered",
            "nWebActionsIgnored");
  }

  /** Metric name to count in the group whose action map id is {@code mapId} (null: the group without one). */
  private static Map<String, Long> counts(JourneyAggregateQueryResponse response, String mapId) {
    Map<String, Long> counts = new TreeMap<>();
    for (AggregateRow row : response.rows()) {
      if (java.util.Objects.equals(row.value(JourneyDimension.JOURNEY_ACTION_MAP_ID).orElse(null), mapId)) {
        counts.merge(row.metric().value(), row.count(), Long::sum);
      }
    }
    return counts;
  }
}
