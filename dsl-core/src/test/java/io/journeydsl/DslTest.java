package io.journeydsl;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.architectFlow;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.event;
import static io.journeydsl.Journey.hardCoded;
import static io.journeydsl.Journey.integrationAction;
import static io.journeydsl.Journey.lookup;
import static io.journeydsl.Journey.openAction;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.probability;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;
import static io.journeydsl.Journey.webchat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.actionmap.Action;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actionmap.AttributeType;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityType;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.ids.FlowId;
import io.journeydsl.ids.OpenActionId;
import io.journeydsl.model.MediaType;
import io.journeydsl.criteria.Operator;
import io.journeydsl.pattern.StreamType;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.segment.JourneySegment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DslTest {

  @Test
  void journeyKeysMakeJourneyCriteria() {
    Criteria c = JourneyKeys.PAGE_URL.ignoringCase().containsAny("/a", "/b");
    assertThat(c.key()).isEqualTo("page.url");
    assertThat(c.operator()).isEqualTo(Operator.CONTAINS_ANY);
    assertThat(c.values()).containsExactly("/a", "/b");
    assertThat(c.shouldIgnoreCase()).isTrue();
  }

  @Test
  void contextKeysMakeVisitCriteria() {
    EntityTypeCriteria c = ContextKeys.BROWSER_VERSION.greaterThan("100");
    assertThat(c.key()).isEqualTo("browser.version");
    assertThat(c.operator()).isEqualTo(Operator.GREATER_THAN);
    assertThat(c.entityType()).isEqualTo(EntityType.VISIT);
    assertThat(c.shouldIgnoreCase()).isFalse();
    assertThat(ContextKeys.AUTHENTICATED.isFalse().values()).containsExactly("false");
    assertThat(ContextKeys.names()).hasSize(23).doesNotHaveDuplicates();
    assertThat(JourneyKeys.names()).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void attributeKeysFollowTheWirePattern() {
    assertThat(JourneyKeys.attribute("plan").equal("gold").key()).isEqualTo("attributes.plan.value");
    assertThat(JourneyKeys.isJourneyKey("attributes.plan.value")).isTrue();
    assertThat(JourneyKeys.isJourneyKey("attributes.plan")).isFalse();
    assertThat(JourneyKeys.isJourneyKey("device.category")).isFalse();
    assertThatThrownBy(() -> JourneyKeys.attribute("a.b")).isInstanceOf(JourneyDslException.class)
        .hasMessageContaining("attribute name");
  }

  @Test
  void patternsCarryStreamSessionAndCount() {
    JourneySegment s = segment("S")
        .journey(pattern(web(), 3, JourneyKeys.PAGE_TITLE.startsWith("Pricing")))
        .context(contextPattern(ContextKeys.DEVICE_TYPE.equal("phone")))
        .build();
    var p = s.journey().patterns().get(0);
    assertThat(p.streamType()).isEqualTo(StreamType.WEB);
    assertThat(p.sessionType()).isEqualTo("web");
    assertThat(p.count()).isEqualTo(3);
    assertThat(s.context().patterns().get(0).criteria()).hasSize(1);
    assertThatThrownBy(() -> pattern(web(), 0, JourneyKeys.PAGE_URL.equal("/")))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("pattern count");
  }

  @Test
  void eachActionVariantSetsExactlyItsMediaTypeFields() {
    assertFields(contentOffer(Ref.actionTemplate("T")), MediaType.CONTENT_OFFER, "actionTemplate");
    assertFields(webMessagingOffer("Hi", FlowId.of("flow-1")), MediaType.WEB_MESSAGING_OFFER, "webMessagingOfferFields");
    assertFields(architectFlow(FlowId.of("flow-2"), hardCoded("a", AttributeType.STRING, "x"), lookup("b", AttributeType.NUMBER, "attributes.n")),
        MediaType.ARCHITECT_FLOW, "architectFlowFields");
    assertFields(openAction(OpenActionId.of("oa-1"), "Send SMS", Map.of("text", "hello", "retries", 2)), MediaType.OPEN_ACTION, "openActionFields");
    assertFields(webchat(p -> p.webchatPrompt("Chat?")), MediaType.WEBCHAT, "props");
    assertFields(integrationAction(), MediaType.INTEGRATION_ACTION);
  }

  private static void assertFields(Action action, MediaType mediaType, String... fields) {
    ActionMapAction wire = action.toWire();
    assertThat(wire.mediaType()).isEqualTo(mediaType);
    com.fasterxml.jackson.databind.JsonNode json = JourneyJson.mapper().valueToTree(wire);
    List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    List<String> expected = new java.util.ArrayList<>(List.of("mediaType"));
    expected.addAll(List.of(fields));
    assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(action.toPatch().mediaType()).isEqualTo(mediaType);
    assertThat((Object) JourneyJson.mapper().valueToTree(action.toPatch())).isEqualTo(json);
  }

  @Test
  void actionMapTakesTypedReferencesAndVariants() {
    ActionMap map = actionMap("M")
        .triggerWithSegments(Ref.segment("A"), Ref.segmentId("3f1c"))
        .pageUrlConditions(url().endsWith(".html"), url().notContainsAny("/admin"))
        .addTriggerWithOutcomeProbabilityConditions(probability(Ref.outcome("Buy"), 0.7f))
        .addTriggerWithEventConditions(event(web(), "page.url").named("page_viewed").startsWith("/checkout"))
        .activation(delay(Duration.ofMinutes(1)))
        .action(contentOffer(Ref.actionTemplate("T")))
        .build();
    assertThat(map.triggerWithSegments()).containsExactly("${segment:A}", "3f1c");
    assertThat(map.pageUrlConditions()).extracting(c -> c.operator()).containsExactly(Operator.ENDS_WITH, Operator.NOT_CONTAINS_ANY);
    assertThat(map.triggerWithOutcomeProbabilityConditions().get(0).outcomeId()).isEqualTo("${outcome:Buy}");
    EventCondition e = map.triggerWithEventConditions().get(0);
    assertThat(e.eventName()).isEqualTo("page_viewed");
    assertThat(e.sessionType()).isEqualTo("web");
    assertThat(map.activation().delayInSeconds()).isEqualTo(60);
    assertThat(map.action().actionTemplate().id()).isEqualTo("${actionTemplate:T}");

    PatchActionMap patch = PatchActionMap.builder().displayName("M").action(webMessagingOffer("Hello")).build();
    assertThat(patch.action().mediaType()).isEqualTo(MediaType.WEB_MESSAGING_OFFER);
    assertThat(patch.action().webMessagingOfferFields().offerText()).isEqualTo("Hello");
  }

  @Test
  void badArgumentsNameTheArgument() {
    assertThatThrownBy(() -> segment(" ")).isInstanceOf(JourneyDslException.class).hasMessageContaining("segment displayName");
    assertThatThrownBy(() -> contentOffer((Ref<io.journeydsl.actiontemplate.ActionTemplate>) null))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("contentOffer template");
    assertThatThrownBy(() -> delay(Duration.ofSeconds(-1))).isInstanceOf(JourneyDslException.class).hasMessageContaining("delay");
    assertThatThrownBy(() -> JourneyKeys.PAGE_URL.containsAny("a", (String) null))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("containsAny value");
  }

  @Property
  void refsRoundTripThroughTheirWireForm(@ForAll("names") String name, @ForAll Ref.Kind kind) {
    Ref<?> byName = switch (kind) {
      case SEGMENT -> Ref.segment(name);
      case OUTCOME -> Ref.outcome(name);
      case ACTION_TEMPLATE -> Ref.actionTemplate(name);
      case ACTION_MAP -> Ref.actionMap(name);
    };
    assertThat(Ref.isPlaceholder(byName.wire())).isTrue();
    assertThat(Ref.parse(kind, byName.wire())).contains(byName);
    for (Ref.Kind other : Ref.Kind.values()) {
      if (other != kind) {
        assertThat(Ref.parse(other, byName.wire())).isEmpty();
      }
    }
    assertThat(Ref.parse(kind, name).flatMap(Ref::id)).as("a plain value is an id").isEqualTo(
        Ref.isPlaceholder(name) ? java.util.Optional.empty() : java.util.Optional.of(name));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
  }
}
