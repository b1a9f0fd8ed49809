package io.journeydsl.testkit.analytics;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.aggregateQuery;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.dimension;
import static io.journeydsl.Journey.immediate;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.analytics.JourneyDimension.JOURNEY_ACTION_MAP_ID;
import static io.journeydsl.analytics.JourneyDimension.JOURNEY_ACTION_MEDIA_TYPE;
import static io.journeydsl.analytics.JourneyMetric.N_WEB_ACTIONS_ACCEPTED;
import static io.journeydsl.analytics.JourneyMetric.N_WEB_ACTIONS_OFFERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.JourneyConfig;
import io.journeydsl.JourneyDslException;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.Predicates;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.JourneyEvent;
import io.journeydsl.testkit.JourneyEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aggregate queries written against a configuration: a filter names an action map, the client
 * resolves the name to the org's id when the query runs, and the rows name the configuration's maps.
 */
class NamedAggregateQueryTest {
  private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final JourneyClient client = fake.client();

  private static JourneyConfig config() {
    ActionTemplate sale = contentOfferTemplate("Spring sale", o -> o
        .displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY).title("Spring sale").body("20% off")
        .callToAction(c -> c.text("Shop").url("https://shop.example.com/sale"))).build();
    JourneySegment pricing = segment("Pricing visitors").isActive(true).build();
    ActionMap offer = actionMap("Offer the sale").isActive(true).triggerWithSegments(pricing)
        .pageUrlConditions(url().contains("/pricing")).activation(immediate()).action(contentOffer(sale)).build();
    ActionMap other = actionMap("Offer it again").isActive(true).triggerWithSegments(pricing)
        .pageUrlConditions(url().contains("/pricing")).activation(immediate()).action(contentOffer(sale)).build();
    return JourneyConfig.of(sale, pricing, offer, other);
  }

  private void offered(String mapId, int offers, int accepted) {
    for (int i = 0; i < offers; i++) {
      JourneyEvent event = JourneyEvent.of(JourneyEventType.ACTION_OFFERED, START.plus(Duration.ofHours(i)), mapId + i)
          .with(JOURNEY_ACTION_MAP_ID, mapId).with(JOURNEY_ACTION_MEDIA_TYPE, "contentOffer");
      fake.analytics().record(event);
    }
    for (int i = 0; i < accepted; i++) {
      fake.analytics().record(JourneyEvent.of(JourneyEventType.ACTION_ACCEPTED, START.plus(Duration.ofHours(i)), mapId + i)
          .with(JOURNEY_ACTION_MAP_ID, mapId).with(JOURNEY_ACTION_MEDIA_TYPE, "contentOffer"));
    }
  }

  private static JourneyAggregationQuery offersOf(Ref<ActionMap> map) {
    return aggregateQuery().interval(START, Duration.ofDays(7)).metrics(N_WEB_ACTIONS_OFFERED, N_WEB_ACTIONS_ACCEPTED)
        .groupBy(JOURNEY_ACTION_MAP_ID)
        .filter(Predicates.allOf(dimension(JOURNEY_ACTION_MAP_ID).matches(map)))
        .build();
  }

  @Test
  void aFilterOnAnActionMapByNameRunsWithTheIdOfTheOrgsMap() {
    JourneyConfig deployed = fake.seed(config());
    String offerId = deployed.actionMap("Offer the sale").orElseThrow().id();
    offered(offerId, 3, 1);
    offered(deployed.actionMap("Offer it again").orElseThrow().id(), 5, 0);

    List<AggregateRow> rows = client.analytics().rows(offersOf(Ref.actionMap("Offer the sale")), config());

    String sent = fake.journal().calls(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY).get(0).body();
    assertThat(sent).contains("\"predicates\":[{\"type\":\"dimension\",\"dimension\":\"journeyActionMapId\","
        + "\"operator\":\"matches\",\"value\":\"" + offerId + "\"}]").doesNotContain("${");
    assertThat(rows).extracting(AggregateRow::metric).containsExactly(N_WEB_ACTIONS_OFFERED, N_WEB_ACTIONS_ACCEPTED);
    assertThat(rows).extracting(AggregateRow::count).containsExactly(3L, 1L);
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.value(JOURNEY_ACTION_MAP_ID)).contains(offerId);
      assertThat(row.label(JOURNEY_ACTION_MAP_ID)).isEqualTo("Offer the sale");
    });
  }

  @Test
  void groupValuesOfObjectsOutsideTheConfigurationKeepTheirIds() {
    JourneyConfig deployed = fake.seed(config());
    offered(deployed.actionMap("Offer it again").orElseThrow().id(), 2, 0);
    ActionMap foreign = client.actionMaps().create(actionMap("Someone else's map").isActive(false)
        .triggerWithSegments(Ref.segmentId(deployed.segments().get(0).id()))
        .pageUrlConditions(url().contains("/pricing")).activation(immediate())
        .action(contentOffer(Ref.actionTemplateId(deployed.actionTemplates().get(0).id()))).build());
    offered(foreign.id(), 4, 0);
    JourneyAggregationQuery all = aggregateQuery().interval(START, Duration.ofDays(7)).metrics(N_WEB_ACTIONS_OFFERED)
        .groupBy(JOURNEY_ACTION_MAP_ID).build();

    List<AggregateRow> rows = client.analytics().rows(all, config());

    assertThat(rows).extracting(r -> r.label(JOURNEY_ACTION_MAP_ID), AggregateRow::count)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Offer it again", 2L),
            org.assertj.core.groups.Tuple.tuple(foreign.id(), 4L));
    assertThat(client.analytics().rows(all)).allSatisfy(r -> assertThat(r.name(JOURNEY_ACTION_MAP_ID)).isEmpty());
  }

  @Test
  void aNameThatMatchesNoMapOrTwoMapsFailsBeforeTheQueryIsSent() {
    JourneyConfig deployed = fake.seed(config());
    ActionMap twin = client.actionMaps().create(deployed.actionMap("Offer it again").orElseThrow()
        .withId(null).withVersion(null).withCreatedDate(null).withModifiedDate(null).withSelfUri(null));
    String firstId = deployed.actionMap("Offer it again").orElseThrow().id();

    assertThatThrownBy(() -> client.analytics().query(offersOf(Ref.actionMap("No such map"))))
        .isInstanceOf(JourneyDslException.class).hasMessage("no action map named 'No such map' in the org");
    assertThatThrownBy(() -> client.analytics().query(offersOf(Ref.actionMap("Offer it again"))))
        .isInstanceOf(JourneyDslException.class)
        .hasMessageContaining("2 action maps named 'Offer it again'").hasMessageContaining(firstId)
        .hasMessageContaining(twin.id());
    assertThat(fake.journal().calls(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY)).isEmpty();
  }

  @Test
  void aReferenceStandsOnlyOnADimensionThatHoldsIdsOfItsKind() {
    assertThat(dimension(JOURNEY_ACTION_MAP_ID).matches(Ref.actionMap("Offer the sale")).value())
        .isEqualTo("${actionMap:Offer the sale}");
    assertThatThrownBy(() -> dimension(JOURNEY_ACTION_MAP_ID).matches(Ref.segment("Pricing visitors")))
        .isInstanceOf(JourneyDslException.class)
        .hasMessage("journeyActionMapId holds action map ids, not segment ids (${segment:Pricing visitors})");
    assertThatThrownBy(() -> dimension(JOURNEY_ACTION_MEDIA_TYPE).matches(Ref.actionMap("Offer the sale")))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("not ids of Journey objects");
  }
}
