package io.journeydsl;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.aggregateQuery;
import static io.journeydsl.Journey.architectFlow;
import static io.journeydsl.Journey.custom;
import static io.journeydsl.Journey.dimension;
import static io.journeydsl.Journey.event;
import static io.journeydsl.Journey.hardCoded;
import static io.journeydsl.Journey.likelihood;
import static io.journeydsl.Journey.openAction;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.percentile;
import static io.journeydsl.Journey.quantile;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;
import static io.journeydsl.analytics.Predicates.allOfClause;
import static io.journeydsl.analytics.Predicates.anyOfClauses;
import static java.math.BigDecimal.ONE;
import static java.math.BigDecimal.TEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeydsl.actionmap.Action;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.AttributeType;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.Predicates;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.patch.Patches;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.spi.Operation;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.ids.FlowId;
import io.journeydsl.ids.OpenActionId;
import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.segment.JourneySegment;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every example of {@code docs/dsl.md} is code of this class: it compiles, produces the JSON checked
 * here, and the guide still shows it ({@link #theGuideShowsExactlyThisCode()}).
 */
class DslGuideTest {

  private static String json(Object value) {
    try {
      return JourneyJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void orderedComparisons() {
    // GUIDE-ORDERED-START
    JourneySegment bigCarts = segment("Big carts")
        .journey(pattern(web(), 1, JourneyKeys.attribute("cartValue").greaterThanOrEqual("100")))
        .build();
    EventCondition lowStock = event(web(), "attributes.stock.value").lessThan("5");
    // GUIDE-ORDERED-END
    assertThat(json(bigCarts.journey().patterns().get(0).criteria().get(0))).isEqualTo(
        "{\"key\":\"attributes.cartValue.value\",\"values\":[\"100\"],\"shouldIgnoreCase\":false,\"operator\":\"greaterThanOrEqual\"}");
    assertThat(json(lowStock)).isEqualTo(
        "{\"key\":\"attributes.stock.value\",\"values\":[\"5\"],\"operator\":\"lessThan\",\"streamType\":\"Web\",\"sessionType\":\"web\"}");
  }

  @Test
  void eventNamesAndCustomStreams() {
    // GUIDE-EVENTS-START
    JourneyPattern addedTwice = pattern(web(), "added_to_cart", 2, JourneyKeys.attribute("sku").startsWith("SHOE-"));
    JourneyPattern kioskScans = pattern(custom("kiosk"), "badge_scanned", 1, JourneyKeys.attribute("zone").equal("lobby"));
    EventCondition checkout = event(web(), "page.url").named("page_viewed").contains("/checkout");
    // GUIDE-EVENTS-END
    assertThat(json(addedTwice)).isEqualTo("{\"criteria\":[{\"key\":\"attributes.sku.value\",\"values\":[\"SHOE-\"],"
        + "\"shouldIgnoreCase\":false,\"operator\":\"startsWith\"}],\"count\":2,\"streamType\":\"Web\",\"sessionType\":\"web\","
        + "\"eventName\":\"added_to_cart\"}");
    assertThat(json(kioskScans)).contains("\"streamType\":\"Custom\",\"sessionType\":\"kiosk\",\"eventName\":\"badge_scanned\"");
    assertThat(json(checkout)).isEqualTo("{\"key\":\"page.url\",\"values\":[\"/checkout\"],\"operator\":\"containsAll\","
        + "\"streamType\":\"Web\",\"sessionType\":\"web\",\"eventName\":\"page_viewed\"}");
  }

  @Test
  void outcomeConditions() {
    // GUIDE-OUTCOMES-START
    Outcome purchase = outcome("Purchase").build();
    ActionMap rescue = actionMap("Rescue a fading purchase")
        .triggerWithSegments(Ref.segment("Shoppers"))
        .pageUrlConditions(url().contains("/checkout"))
        .addTriggerWithOutcomeProbabilityConditions(likelihood(purchase).between(0.6f, 0.9f))
        .addTriggerWithOutcomeQuantileConditions(quantile(purchase).peakAboveNowBelow(0.8f, 0.5f))
        .addTriggerWithOutcomePercentileConditions(percentile(Ref.outcomeId("3c5e")).atLeast(70f))
        .action(webMessagingOffer("Need a hand with your order?"))
        .build();
    // GUIDE-OUTCOMES-END
    assertThat(json(rescue)).isEqualTo("{\"displayName\":\"Rescue a fading purchase\",\"triggerWithSegments\":[\"${segment:Shoppers}\"],"
        + "\"triggerWithOutcomeProbabilityConditions\":[{\"outcomeId\":\"${outcome:Purchase}\",\"maximumProbability\":0.6,\"probability\":0.9}],"
        + "\"triggerWithOutcomePercentileConditions\":[{\"outcomeId\":\"3c5e\",\"maximumPercentile\":70.0}],"
        + "\"triggerWithOutcomeQuantileConditions\":[{\"outcomeId\":\"${outcome:Purchase}\",\"maxQuantileThreshold\":0.8,\"fallbackQuantileThreshold\":0.5}],"
        + "\"pageUrlConditions\":[{\"values\":[\"/checkout\"],\"operator\":\"containsAll\"}],"
        + "\"action\":{\"mediaType\":\"webMessagingOffer\",\"webMessagingOfferFields\":{\"offerText\":\"Need a hand with your order?\"}}}");
  }

  @Test
  void aggregateFiltersAndGranularity() {
    // GUIDE-ANALYTICS-START
    JourneyAggregationQuery offers = aggregateQuery()
        .interval("2026-01-01T00:00:00.000Z/2026-01-08T00:00:00.000Z")
        .metrics(JourneyMetric.N_WEB_ACTIONS_OFFERED)
        .granularity("P1DT12H")
        .filter(anyOfClauses(
            allOfClause(dimension(JourneyDimension.JOURNEY_DEVICE_CATEGORY).matches("mobile"),
                dimension(JourneyDimension.JOURNEY_ACTION_MAP_VERSION).inRange(r -> r.gt(ONE).lte(TEN))),
            allOfClause(dimension(JourneyDimension.JOURNEY_DEVICE_CATEGORY).matches("tablet"))))
        .build();
    // GUIDE-ANALYTICS-END
    assertThat(json(offers)).isEqualTo("{\"interval\":\"2026-01-01T00:00:00.000Z/2026-01-08T00:00:00.000Z\",\"granularity\":\"P1DT12H\","
        + "\"filter\":{\"type\":\"or\",\"clauses\":[{\"type\":\"and\",\"predicates\":["
        + "{\"type\":\"dimension\",\"dimension\":\"journeyDeviceCategory\",\"operator\":\"matches\",\"value\":\"mobile\"},"
        + "{\"type\":\"dimension\",\"dimension\":\"journeyActionMapVersion\",\"operator\":\"matches\",\"range\":{\"gt\":1,\"lte\":10}}]},"
        + "{\"type\":\"and\",\"predicates\":[{\"type\":\"dimension\",\"dimension\":\"journeyDeviceCategory\",\"operator\":\"matches\",\"value\":\"tablet\"}]}]},"
        + "\"metrics\":[\"nWebActionsOffered\"]}");
  }

  @Test
  void typedIds() {
    // GUIDE-IDS-START
    ActionMap callBack = actionMap("Call back in office hours")
        .triggerWithSegments(Ref.segment("Shoppers"))
        .pageUrlConditions(url().contains("/contact"))
        .actionMapScheduleGroups(ScheduleGroupId.of("office-hours"), ScheduleGroupId.of("storm-closure"))
        .action(architectFlow(FlowId.of("callback-flow"), hardCoded("queue", AttributeType.STRING, "Sales")))
        .build();
    Action chat = webMessagingOffer("Questions?", FlowId.of("inbound-message-flow"));
    Action sms = openAction(OpenActionId.of("send-sms"), "Send SMS", Map.of("text", "Your cart is waiting"));
    // GUIDE-IDS-END
    assertThat(json(callBack)).isEqualTo("{\"displayName\":\"Call back in office hours\",\"triggerWithSegments\":[\"${segment:Shoppers}\"],"
        + "\"pageUrlConditions\":[{\"values\":[\"/contact\"],\"operator\":\"containsAll\"}],"
        + "\"action\":{\"mediaType\":\"architectFlow\",\"architectFlowFields\":{\"architectFlow\":{\"id\":\"callback-flow\"},"
        + "\"flowRequestMappings\":[{\"name\":\"queue\",\"attributeType\":\"String\",\"mappingType\":\"HardCoded\",\"value\":\"Sales\"}]}},"
        + "\"actionMapScheduleGroups\":{\"actionMapScheduleGroup\":{\"id\":\"office-hours\"},"
        + "\"emergencyActionMapScheduleGroup\":{\"id\":\"storm-closure\"}}}");
    assertThat(json(chat.toWire())).isEqualTo("{\"mediaType\":\"webMessagingOffer\",\"webMessagingOfferFields\":"
        + "{\"offerText\":\"Questions?\",\"architectFlow\":{\"id\":\"inbound-message-flow\"}}}");
    assertThat(json(sms.toWire())).isEqualTo("{\"mediaType\":\"openAction\",\"openActionFields\":"
        + "{\"openAction\":{\"id\":\"send-sms\",\"name\":\"Send SMS\"},\"configurationFields\":{\"text\":\"Your cart is waiting\"}}}");
  }

  @Test
  void typedReferencesInPatches() {
    // GUIDE-PATCH-START
    JourneySegment pricing = segment("Pricing visitors").build();
    PatchActionMap retarget = PatchActionMap.builder()
        .displayName("Offer the sale on pricing")
        .triggerWithSegments(pricing)                       // replaces
        .addTriggerWithSegments(Ref.segmentId("9b1d"))      // appends
        .pageUrlConditions(url().contains("/pricing"))
        .build();
    // GUIDE-PATCH-END
    assertThat(json(retarget)).isEqualTo("{\"displayName\":\"Offer the sale on pricing\","
        + "\"triggerWithSegments\":[\"${segment:Pricing visitors}\",\"9b1d\"],"
        + "\"pageUrlConditions\":[{\"values\":[\"/pricing\"],\"operator\":\"containsAll\"}]}");
  }

  @Test
  void changingAnObject() {
    JourneySegment stored = segment("Pricing visitors").color("#1E88E5").description("Saw pricing")
        .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing"))).build().withId("seg-1").withVersion(3);
    // GUIDE-CHANGE-START
    JourneySegment greener = stored.withColor("#00AA00").withDescription(null);
    PatchSegment patch = Patches.between(stored, greener);   // only what changed, with the version
    // GUIDE-CHANGE-END
    assertThat(json(patch)).isEqualTo("{\"displayName\":\"Pricing visitors\",\"version\":3,\"color\":\"#00AA00\",\"description\":null}");
  }

  @Test
  void readModifyWrite() {
    GuideOrg org = new GuideOrg(Map.of(
        Operation.GET_JOURNEY_SEGMENT, "{\"id\":\"seg-1\",\"version\":3,\"displayName\":\"Pricing visitors\",\"color\":\"#1E88E5\"}",
        Operation.PATCH_JOURNEY_SEGMENT, "{\"id\":\"seg-1\",\"version\":4,\"displayName\":\"Pricing visitors\",\"color\":\"#00AA00\"}"));
    JourneyClient client = JourneyClient.create(org);
    String segmentId = "seg-1";
    // GUIDE-UPDATE-START
    JourneySegment updated = client.segments().update(segmentId, s -> s.withColor("#00AA00"));
    // GUIDE-UPDATE-END
    assertThat(updated.version()).isEqualTo(4);
    assertThat(org.sent).containsExactly("PATCH_JOURNEY_SEGMENT {\"displayName\":\"Pricing visitors\",\"version\":3,\"color\":\"#00AA00\"}");
  }

  @Test
  void queriesOnObjectsByNameAndTypedRows() {
    GuideOrg org = new GuideOrg(Map.of(
        Operation.GET_JOURNEY_ACTIONMAPS, "{\"entities\":[{\"id\":\"map-7\",\"displayName\":\"Offer the sale\"}],"
            + "\"pageNumber\":1,\"pageCount\":1}",
        Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY, "{\"results\":[{\"group\":{\"journeyActionMapId\":\"map-7\"},"
            + "\"data\":[{\"interval\":\"2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z\",\"metrics\":"
            + "[{\"metric\":\"nWebActionsOffered\",\"stats\":{\"count\":42}}]}]}]}"));
    JourneyClient client = JourneyClient.create(org);
    JourneyConfig config = JourneyConfig.of(actionMap("Offer the sale").build());
    StringBuilder out = new StringBuilder();
    // GUIDE-NAMED-QUERY-START
    JourneyAggregationQuery offers = aggregateQuery()
        .interval("2026-03-01T00:00:00Z/2026-03-08T00:00:00Z")
        .metrics(JourneyMetric.N_WEB_ACTIONS_OFFERED)
        .groupBy(JourneyDimension.JOURNEY_ACTION_MAP_ID)
        .filter(Predicates.allOf(dimension(JourneyDimension.JOURNEY_ACTION_MAP_ID).matches(Ref.actionMap("Offer the sale"))))
        .build();
    for (AggregateRow row : client.analytics().rows(offers, config)) {
      out.append(row.label(JourneyDimension.JOURNEY_ACTION_MAP_ID))   // "Offer the sale", not "map-7"
          .append(' ').append(row.metric()).append('=').append(row.count());
    }
    // GUIDE-NAMED-QUERY-END
    assertThat(out).hasToString("Offer the sale nWebActionsOffered=42");
    assertThat(org.sent).singleElement().asString().contains("\"value\":\"map-7\"");
  }

  @Test
  void theGuideShowsExactlyThisCode() {
    DocSnippets.assertShown(Path.of("..", "docs", "dsl.md"), Path.of("src/test/java/io/journeydsl/DslGuideTest.java"), "GUIDE-");
  }
}
