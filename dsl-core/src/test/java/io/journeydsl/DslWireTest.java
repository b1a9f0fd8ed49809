package io.journeydsl;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.aggregateQuery;
import static io.journeydsl.Journey.app;
import static io.journeydsl.Journey.architectFlow;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.conversation;
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
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;
import static io.journeydsl.Journey.webchat;
import static io.journeydsl.analytics.Predicates.allOfClause;
import static io.journeydsl.analytics.Predicates.allOfClauses;
import static io.journeydsl.analytics.Predicates.anyOfClause;
import static io.journeydsl.analytics.Predicates.anyOfClauses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeydsl.actionmap.AttributeType;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.ids.ActionTargetId;
import io.journeydsl.ids.FlowId;
import io.journeydsl.ids.OpenActionId;
import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each DSL form of the wire's vocabulary, checked against the exact JSON text it produces. */
class DslWireTest {
  private static final String INTERVAL = "2026-01-01T00:00:00.000Z/2026-01-08T00:00:00.000Z";

  private static String json(Object value) {
    try {
      return JourneyJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  // ---- 1. ordered comparisons ------------------------------------------------------------------

  @Test
  void customAttributesCompareByOrder() {
    assertThat(json(JourneyKeys.attribute("cartValue").greaterThan("100"))).isEqualTo(
        "{\"key\":\"attributes.cartValue.value\",\"values\":[\"100\"],\"shouldIgnoreCase\":false,\"operator\":\"greaterThan\"}");
    assertThat(json(JourneyKeys.attribute("cartValue").greaterThanOrEqual("100"))).contains("\"operator\":\"greaterThanOrEqual\"");
    assertThat(json(JourneyKeys.attribute("visits").lessThan("3"))).contains("\"operator\":\"lessThan\"");
    assertThat(json(JourneyKeys.attribute("visits").ignoringCase().lessThanOrEqual("3")))
        .isEqualTo("{\"key\":\"attributes.visits.value\",\"values\":[\"3\"],\"shouldIgnoreCase\":true,\"operator\":\"lessThanOrEqual\"}");
    assertThat(json(ContextKeys.BROWSER_VERSION.lessThanOrEqual("99"))).isEqualTo(
        "{\"key\":\"browser.version\",\"values\":[\"99\"],\"shouldIgnoreCase\":false,\"operator\":\"lessThanOrEqual\",\"entityType\":\"visit\"}");
  }

  @Test
  void eventConditionsCompareByOrder() {
    assertThat(json(event(web(), "attributes.cartValue.value").named("added_to_cart").greaterThanOrEqual("50")))
        .isEqualTo("{\"key\":\"attributes.cartValue.value\",\"values\":[\"50\"],\"operator\":\"greaterThanOrEqual\","
            + "\"streamType\":\"Web\",\"sessionType\":\"web\",\"eventName\":\"added_to_cart\"}");
    assertThat(json(event(app(), "attributes.age.value").greaterThan("18"))).isEqualTo(
        "{\"key\":\"attributes.age.value\",\"values\":[\"18\"],\"operator\":\"greaterThan\",\"streamType\":\"App\",\"sessionType\":\"app\"}");
    assertThat(json(event(web(), "attributes.n.value").lessThan("2"))).contains("\"operator\":\"lessThan\"");
    assertThat(json(event(web(), "attributes.n.value").lessThanOrEqual("2"))).contains("\"operator\":\"lessThanOrEqual\"");
  }

  // ---- 2. event names and custom streams -------------------------------------------------------

  @Test
  void patternsMayNameTheirEvent() {
    assertThat(json(pattern(web(), "added_to_cart", 2, JourneyKeys.attribute("cartValue").greaterThan("100"))))
        .isEqualTo("{\"criteria\":[{\"key\":\"attributes.cartValue.value\",\"values\":[\"100\"],\"shouldIgnoreCase\":false,"
            + "\"operator\":\"greaterThan\"}],\"count\":2,\"streamType\":\"Web\",\"sessionType\":\"web\",\"eventName\":\"added_to_cart\"}");
    assertThatThrownBy(() -> pattern(web(), " ", 1, JourneyKeys.PAGE_URL.equal("/")))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("pattern eventName");
  }

  @Test
  void customAndConversationStreamsCarryTheirSessionType() {
    assertThat(json(pattern(custom("kiosk"), "badge_scanned", 1, JourneyKeys.EVENT_NAME.equal("badge_scanned"))))
        .isEqualTo("{\"criteria\":[{\"key\":\"eventName\",\"values\":[\"badge_scanned\"],\"shouldIgnoreCase\":false,"
            + "\"operator\":\"equal\"}],\"count\":1,\"streamType\":\"Custom\",\"sessionType\":\"kiosk\",\"eventName\":\"badge_scanned\"}");
    assertThat(json(event(conversation("messaging"), "attributes.topic.value").equal("billing"))).isEqualTo(
        "{\"key\":\"attributes.topic.value\",\"values\":[\"billing\"],\"operator\":\"equal\",\"streamType\":\"Conversation\",\"sessionType\":\"messaging\"}");
    assertThatThrownBy(() -> custom("")).isInstanceOf(JourneyDslException.class).hasMessageContaining("sessionType");
  }

  // ---- 3. outcome conditions named by meaning --------------------------------------------------

  @Test
  void likelihoodBoundsMapToTheConfusingWireNames() {
    assertThat(json(likelihood(Ref.outcome("Buy")).atLeast(0.6f)))
        .isEqualTo("{\"outcomeId\":\"${outcome:Buy}\",\"maximumProbability\":0.6}");
    assertThat(json(likelihood(Ref.outcomeId("o-1")).between(0.6f, 0.9f)))
        .isEqualTo("{\"outcomeId\":\"o-1\",\"maximumProbability\":0.6,\"probability\":0.9}");
    assertThatThrownBy(() -> likelihood(Ref.outcome("Buy")).between(0.9f, 0.6f))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("likelihood atLeast 0.9 must be at most likelihood atMost 0.6");
    assertThatThrownBy(() -> likelihood(Ref.outcome("Buy")).atLeast(1.5f))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("likelihood atLeast must be between 0 and 1");
  }

  @Test
  void quantileConditionsHaveBothThresholds() {
    assertThat(json(quantile(Ref.outcome("Buy")).peakAbove(0.8f)))
        .isEqualTo("{\"outcomeId\":\"${outcome:Buy}\",\"maxQuantileThreshold\":0.8}");
    assertThat(json(quantile(Ref.outcome("Buy")).peakAboveNowBelow(0.8f, 0.5f)))
        .isEqualTo("{\"outcomeId\":\"${outcome:Buy}\",\"maxQuantileThreshold\":0.8,\"fallbackQuantileThreshold\":0.5}");
    assertThatThrownBy(() -> quantile(Ref.outcome("Buy")).peakAboveNowBelow(0.5f, 0.5f))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("quantile nowBelow 0.5 must be below quantile peakAbove 0.5");
  }

  @Test
  void percentileConditionsHaveBothBounds() {
    assertThat(json(percentile(Ref.outcome("Buy")).atLeast(70f)))
        .isEqualTo("{\"outcomeId\":\"${outcome:Buy}\",\"maximumPercentile\":70.0}");
    assertThat(json(percentile(Ref.outcome("Buy")).between(70f, 90f)))
        .isEqualTo("{\"outcomeId\":\"${outcome:Buy}\",\"maximumPercentile\":70.0,\"fallbackPercentile\":90.0}");
    assertThatThrownBy(() -> percentile(Ref.outcome("Buy")).atLeast(-1f))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("percentile atLeast");
  }

  // ---- 4. aggregate filters and granularity ----------------------------------------------------

  @Test
  void filtersMayBeMadeOfClausesOnly() {
    JourneyAggregationQuery q = aggregateQuery().interval(INTERVAL).metrics(JourneyMetric.N_JOURNEY_SESSIONS)
        .filter(anyOfClauses(
            allOfClause(dimension(JourneyDimension.JOURNEY_DEVICE_CATEGORY).matches("mobile"),
                dimension(JourneyDimension.JOURNEY_SEGMENT_ID).exists()),
            allOfClause(dimension(JourneyDimension.JOURNEY_DEVICE_CATEGORY).matches("tablet"))))
        .build();
    assertThat(json(q.filter())).isEqualTo("{\"type\":\"or\",\"clauses\":["
        + "{\"type\":\"and\",\"predicates\":[{\"type\":\"dimension\",\"dimension\":\"journeyDeviceCategory\",\"operator\":\"matches\",\"value\":\"mobile\"},"
        + "{\"type\":\"dimension\",\"dimension\":\"journeySegmentId\",\"operator\":\"exists\"}]},"
        + "{\"type\":\"and\",\"predicates\":[{\"type\":\"dimension\",\"dimension\":\"journeyDeviceCategory\",\"operator\":\"matches\",\"value\":\"tablet\"}]}]}");
    assertThat(json(allOfClauses(anyOfClause(dimension(JourneyDimension.JOURNEY_OUTCOME_ID).notExists()))))
        .isEqualTo("{\"type\":\"and\",\"clauses\":[{\"type\":\"or\",\"predicates\":[{\"type\":\"dimension\","
            + "\"dimension\":\"journeyOutcomeId\",\"operator\":\"notExists\"}]}]}");
  }

  @Test
  void rangesTakeEveryBound() {
    assertThat(json(dimension(JourneyDimension.JOURNEY_ACTION_MAP_VERSION).inRange(r -> r.gt(BigDecimal.ONE).lte(BigDecimal.TEN))))
        .isEqualTo("{\"type\":\"dimension\",\"dimension\":\"journeyActionMapVersion\",\"operator\":\"matches\",\"range\":{\"gt\":1,\"lte\":10}}");
    assertThat(json(dimension(JourneyDimension.JOURNEY_ACTION_MAP_VERSION).inRange(r -> r.gte(BigDecimal.ONE).lt(BigDecimal.TEN))))
        .isEqualTo("{\"type\":\"dimension\",\"dimension\":\"journeyActionMapVersion\",\"operator\":\"matches\",\"range\":{\"gte\":1,\"lt\":10}}");
    assertThatThrownBy(() -> dimension(JourneyDimension.JOURNEY_ACTION_MAP_VERSION).inRange(r -> { }))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("at least one bound");
    assertThatThrownBy(() -> dimension(JourneyDimension.JOURNEY_ACTION_MAP_VERSION).inRange(r -> r.gt(BigDecimal.ONE).gte(BigDecimal.TEN)))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("one lower bound");
  }

  @Test
  void granularityFromAnIsoStringADurationOrAPeriod() {
    var base = aggregateQuery().interval(INTERVAL).metrics(JourneyMetric.N_JOURNEY_SESSIONS);
    assertThat(json(base.granularity("P1DT12H").build())).isEqualTo(
        "{\"interval\":\"" + INTERVAL + "\",\"granularity\":\"P1DT12H\",\"metrics\":[\"nJourneySessions\"]}");
    assertThat(base.granularity(Duration.ofHours(6)).build().granularity()).isEqualTo("PT6H");
    assertThat(base.granularity(Period.ofDays(1)).build().granularity()).isEqualTo("P1D");
    assertThatThrownBy(() -> base.granularity("1 day")).isInstanceOf(JourneyDslException.class)
        .hasMessageContaining("granularity '1 day'");
    assertThatThrownBy(() -> base.granularity("PT0S")).isInstanceOf(JourneyDslException.class)
        .hasMessageContaining("granularity 'PT0S'");
  }

  // ---- 5. typed ids of objects outside the Journey API -----------------------------------------

  @Test
  void actionsTakeTypedIds() {
    assertThat(json(architectFlow(FlowId.of("flow-1"), hardCoded("a", AttributeType.STRING, "x")).toWire())).isEqualTo(
        "{\"mediaType\":\"architectFlow\",\"architectFlowFields\":{\"architectFlow\":{\"id\":\"flow-1\"},"
            + "\"flowRequestMappings\":[{\"name\":\"a\",\"attributeType\":\"String\",\"mappingType\":\"HardCoded\",\"value\":\"x\"}]}}");
    assertThat(json(webMessagingOffer("Chat?", FlowId.of("flow-2")).toWire())).isEqualTo(
        "{\"mediaType\":\"webMessagingOffer\",\"webMessagingOfferFields\":{\"offerText\":\"Chat?\",\"architectFlow\":{\"id\":\"flow-2\"}}}");
    assertThat(json(openAction(OpenActionId.of("oa-1"), "Send SMS", Map.of("text", "hi")).toWire())).isEqualTo(
        "{\"mediaType\":\"openAction\",\"openActionFields\":{\"openAction\":{\"id\":\"oa-1\",\"name\":\"Send SMS\"},"
            + "\"configurationFields\":{\"text\":\"hi\"}}}");
    assertThat(json(webchat(p -> p.webchatPrompt("Chat?")).routedTo(ActionTargetId.of("t-1")).pacing(true).toWire())).isEqualTo(
        "{\"mediaType\":\"webchat\",\"actionTargetId\":\"t-1\",\"isPacingEnabled\":true,\"props\":{\"webchatPrompt\":\"Chat?\"}}");
    assertThatThrownBy(() -> FlowId.of(" ")).isInstanceOf(JourneyDslException.class).hasMessageContaining("flow id");
  }

  @Test
  void actionMapsTakeTypedScheduleGroups() {
    assertThat(json(actionMap("M").actionMapScheduleGroups(ScheduleGroupId.of("g-1"), ScheduleGroupId.of("g-911")).build()))
        .isEqualTo("{\"displayName\":\"M\",\"actionMapScheduleGroups\":{\"actionMapScheduleGroup\":{\"id\":\"g-1\"},"
            + "\"emergencyActionMapScheduleGroup\":{\"id\":\"g-911\"}}}");
    assertThat(json(PatchActionMap.builder().actionMapScheduleGroups(ScheduleGroupId.of("g-2")).build()))
        .isEqualTo("{\"actionMapScheduleGroups\":{\"actionMapScheduleGroup\":{\"id\":\"g-2\"}}}");
    assertThat(json(actionMap("M").actionMapScheduleGroups(g -> g.actionMapScheduleGroup(ScheduleGroupId.of("g-3"))).build()))
        .isEqualTo("{\"displayName\":\"M\",\"actionMapScheduleGroups\":{\"actionMapScheduleGroup\":{\"id\":\"g-3\"}}}");
  }

  // ---- 6. typed references everywhere ----------------------------------------------------------

  @Test
  void outcomeConditionsTakeAnOutcomeOrARef() {
    Outcome buy = outcome("Buy").build();
    assertThat(json(likelihood(buy).atLeast(0.5f))).isEqualTo(json(likelihood(Ref.outcome("Buy")).atLeast(0.5f)));
    assertThat(json(quantile(buy).peakAbove(0.5f))).isEqualTo("{\"outcomeId\":\"${outcome:Buy}\",\"maxQuantileThreshold\":0.5}");
    assertThat(json(percentile(buy).atLeast(50f))).isEqualTo("{\"outcomeId\":\"${outcome:Buy}\",\"maximumPercentile\":50.0}");
  }

  @Test
  void patchBuildersTakeTypedSegmentReferencesAndReplaceOrAppend() {
    JourneySegment a = segment("A").build();
    PatchActionMap patch = PatchActionMap.builder().displayName("M")
        .triggerWithSegments(Ref.segmentId("old"))
        .triggerWithSegments(a)
        .addTriggerWithSegments(Ref.segment("B"), Ref.segmentId("s-9"))
        .action(contentOffer(Ref.actionTemplate("T")))
        .build();
    assertThat(json(patch)).isEqualTo("{\"displayName\":\"M\",\"triggerWithSegments\":[\"${segment:A}\",\"${segment:B}\",\"s-9\"],"
        + "\"action\":{\"mediaType\":\"contentOffer\",\"actionTemplate\":{\"id\":\"${actionTemplate:T}\"}}}");
    PatchActionMap replaced = PatchActionMap.builder().from(patch).triggerWithSegments(Ref.segmentId("s-1")).build();
    assertThat(replaced.triggerWithSegments()).containsExactly("s-1");
  }
}
