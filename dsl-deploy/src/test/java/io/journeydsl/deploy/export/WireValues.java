package io.journeydsl.deploy.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.AttributeType;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.MappingType;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.RequestMapping;
import io.journeydsl.actionmap.UrlCondition;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.actiontemplate.CallToActionTarget;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityType;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.criteria.Operator;
import io.journeydsl.model.MediaType;
import io.journeydsl.outcome.AssociatedValueDataType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.StreamType;
import io.journeydsl.segment.JourneySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Wire values near and beyond what the DSL can say: known and unknown keys, operators, streams,
 * activation types and media types; absent, empty and out-of-range fields; unknown fields. Unlike
 * {@code JourneyArbitraries} they need not be valid: export must write whatever an org holds.
 */
final class WireValues {
  private WireValues() {}

  /** Any text, control characters, quotes, backslashes, {@code ${} and non-BMP characters included. */
  static Arbitrary<String> text() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(8),
        Arbitraries.of("${segment:x}", "\"q\"", "a\\b", "\\u0041", "*/", "caf\u00e9 \ud83d\ude00", "", " ", "/pricing"));
  }

  private static Arbitrary<String> key() {
    List<String> keys = new ArrayList<>(JourneyKeys.names());
    keys.addAll(ContextKeys.names());
    keys.add("attributes.cart.value");
    keys.add("attributes.a.b.value");
    return Arbitraries.oneOf(Arbitraries.of(keys), text());
  }

  private static Arbitrary<Operator> operator() {
    List<Operator> operators = new ArrayList<>(Operator.knownValues());
    operators.add(Operator.of("regex"));
    return Arbitraries.of(operators);
  }

  private static Arbitrary<List<String>> values() {
    return text().list().ofMaxSize(3).injectNull(0.1);
  }

  private static Arbitrary<Boolean> flag() {
    return Arbitraries.of(true, false).injectNull(0.4);
  }

  private static Arbitrary<Float> unitOrBeyond() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 20).map(n -> n / 20f), Arbitraries.of(1.5f, -0.25f));
  }

  static Arbitrary<Criteria> criteria() {
    return Combinators.combine(key().injectNull(0.1), values(), flag(), operator().injectNull(0.1), unknownFields())
        .as((key, values, ignoreCase, operator, unknown) -> Criteria.builder().key(key).values(values)
            .shouldIgnoreCase(ignoreCase).operator(operator).putAllUnknownFields(unknown).build());
  }

  static Arbitrary<EntityTypeCriteria> contextCriteria() {
    return Combinators.combine(key(), Arbitraries.oneOf(values(), Arbitraries.of(List.of("true"), List.of("false"))),
        flag(), operator(), Arbitraries.of(EntityType.VISIT, EntityType.of("customer")).injectNull(0.2))
        .as((key, values, ignoreCase, operator, entityType) -> EntityTypeCriteria.builder().key(key).values(values)
            .shouldIgnoreCase(ignoreCase).operator(operator).entityType(entityType).build());
  }

  private static Arbitrary<StreamType> streamType() {
    return Arbitraries.of(StreamType.WEB, StreamType.APP, StreamType.CUSTOM, StreamType.CONVERSATION, StreamType.of("Voice"))
        .injectNull(0.1);
  }

  private static Arbitrary<String> sessionType() {
    return Arbitraries.oneOf(Arbitraries.of("web", "app", "kiosk"), text()).injectNull(0.1);
  }

  static Arbitrary<JourneyPattern> journeyPatterns() {
    return Combinators.combine(criteria().list().ofMaxSize(2).injectNull(0.1), Arbitraries.integers().between(-1, 3).injectNull(0.1),
        streamType(), sessionType(), text().injectNull(0.6))
        .as((criteria, count, stream, session, eventName) -> JourneyPattern.builder().criteria(criteria).count(count)
            .streamType(stream).sessionType(session).eventName(eventName).build());
  }

  static Arbitrary<ContextPattern> contextPatterns() {
    return contextCriteria().list().ofMaxSize(2).injectNull(0.1)
        .map(criteria -> ContextPattern.builder().criteria(criteria).build());
  }

  static Arbitrary<JourneySegment> segments() {
    return Combinators.combine(text(), text().injectNull(0.5), journeyPatterns().list().ofMaxSize(2).injectNull(0.3),
        contextPatterns().list().ofMaxSize(1).injectNull(0.5), unknownFields())
        .as((name, description, journey, context, unknown) -> {
          JourneySegment.Builder segment = JourneySegment.builder().displayName(name).description(description)
              .putAllUnknownFields(unknown);
          if (journey != null) {
            segment.journey(j -> j.patterns(journey));
          }
          if (context != null) {
            segment.context(c -> c.patterns(context));
          }
          return segment.build();
        });
  }

  static Arbitrary<Outcome> outcomes() {
    return Combinators.combine(text(), flag(), journeyPatterns().list().ofMaxSize(2).injectNull(0.3),
        contextPatterns().list().ofMaxSize(1).injectNull(0.6),
        Arbitraries.of(AssociatedValueDataType.NUMBER, AssociatedValueDataType.of("Money")).injectNull(0.6), unknownFields())
        .as((name, positive, journey, context, valueType, unknown) -> {
          Outcome.Builder outcome = Outcome.builder().displayName(name).isPositive(positive).putAllUnknownFields(unknown);
          if (journey != null) {
            outcome.journey(j -> j.patterns(journey));
          }
          if (context != null) {
            outcome.context(c -> c.patterns(context));
          }
          if (valueType != null) {
            outcome.associatedValueField(f -> f.dataType(valueType).name("value"));
          }
          return outcome.build();
        });
  }

  static Arbitrary<ActionTemplate> actionTemplates() {
    Arbitrary<ContentOffer> offer = Combinators.combine(Arbitraries.of(DisplayMode.MODAL, DisplayMode.of("Banner")).injectNull(0.2),
        Arbitraries.of(LayoutMode.LEFT_TEXT, LayoutMode.TEXT_ONLY).injectNull(0.2), text().injectNull(0.2),
        text().injectNull(0.5), Arbitraries.of(true, false))
        .as((display, layout, title, cta, styled) -> {
          ContentOffer.Builder builder = ContentOffer.builder().displayMode(display).layoutMode(layout).title(title);
          if (cta != null) {
            builder.callToAction(c -> c.text(cta).target(CallToActionTarget.SELF));
          }
          if (styled) {
            builder.style(s -> s.position(p -> p.top("10px").left("0")).title(t -> t.fontSize("12px").color("#000000")));
          }
          return builder.build();
        });
    return Combinators.combine(text(), Arbitraries.of(MediaType.CONTENT_OFFER, MediaType.of("banner")).injectNull(0.1),
        Arbitraries.of(ActionTemplateState.ACTIVE, ActionTemplateState.INACTIVE, ActionTemplateState.of("Draft")).injectNull(0.2),
        offer.injectNull(0.2), text().injectNull(0.5))
        .as((name, mediaType, state, content, description) -> ActionTemplate.builder().name(name).mediaType(mediaType)
            .state(state).contentOffer(content).description(description).build());
  }

  static Arbitrary<Activation> activations() {
    return Combinators.combine(Arbitraries.of("immediate", "on-next-visit", "on-next-session", "delay", "later").injectNull(0.1),
        Arbitraries.integers().between(-5, 300).injectNull(0.5))
        .as((type, delay) -> Activation.builder().type(type).delayInSeconds(delay).build());
  }

  private static Arbitrary<String> reference(String kind) {
    return Arbitraries.oneOf(text().map(name -> "${" + kind + ":" + name + "}"), text());
  }

  static Arbitrary<ActionMapAction> actions() {
    Arbitrary<MediaType> mediaType = Arbitraries.of(MediaType.CONTENT_OFFER, MediaType.WEB_MESSAGING_OFFER,
        MediaType.ARCHITECT_FLOW, MediaType.INTEGRATION_ACTION, MediaType.WEBCHAT, MediaType.OPEN_ACTION, MediaType.of("sms"));
    Arbitrary<RequestMapping> mapping = Combinators.combine(text(), Arbitraries.of(AttributeType.STRING, AttributeType.NUMBER),
        Arbitraries.of(MappingType.HARD_CODED, MappingType.LOOKUP, MappingType.of("Other")).injectNull(0.1), text())
        .as((name, type, mappingType, value) -> RequestMapping.builder().name(name).attributeType(type)
            .mappingType(mappingType).value(value).build());
    return Combinators.combine(mediaType, reference("actionTemplate").injectNull(0.3), text().injectNull(0.3),
        text().injectNull(0.5), mapping.list().ofMaxSize(2).injectNull(0.3), flag(), text().injectNull(0.5))
        .as((type, template, offerText, flow, mappings, pacing, target) -> {
          ActionMapAction.Builder action = ActionMapAction.builder().mediaType(type).isPacingEnabled(pacing);
          if (type.equals(MediaType.CONTENT_OFFER) && template != null) {
            action.actionTemplate(t -> t.id(template));
          } else if (type.equals(MediaType.WEB_MESSAGING_OFFER)) {
            action.webMessagingOfferFields(w -> w.offerText(offerText).architectFlow(flow == null ? null
                : io.journeydsl.model.AddressableEntityRef.builder().id(flow).build()));
          } else if (type.equals(MediaType.ARCHITECT_FLOW)) {
            action.architectFlowFields(f -> f.architectFlow(a -> a.id(flow)).flowRequestMappings(mappings));
          } else if (type.equals(MediaType.WEBCHAT)) {
            action.actionTargetId(target).props(p -> p.webchatPrompt(offerText));
          } else if (type.equals(MediaType.OPEN_ACTION)) {
            action.openActionFields(o -> o.openAction(a -> a.id(flow)).putConfigurationField("text",
                JsonNodeFactory.instance.textNode(String.valueOf(offerText))));
          }
          return action.build();
        });
  }

  static Arbitrary<ActionMap> actionMaps() {
    Arbitrary<UrlCondition> url = Combinators.combine(values(), operator().injectNull(0.1))
        .as((values, operator) -> UrlCondition.builder().values(values).operator(operator).build());
    Arbitrary<EventCondition> event = Combinators.combine(key(), values(), operator(), streamType(), sessionType(),
        text().injectNull(0.6)).as((key, values, operator, stream, session, name) -> EventCondition.builder().key(key)
            .values(values).operator(operator).streamType(stream).sessionType(session).eventName(name).build());
    Arbitrary<OutcomeProbabilityCondition> probability = Combinators.combine(reference("outcome"), unitOrBeyond(),
        unitOrBeyond().injectNull(0.5)).as((outcome, low, high) -> OutcomeProbabilityCondition.builder().outcomeId(outcome)
            .maximumProbability(low).probability(high).build());
    Arbitrary<OutcomeQuantileCondition> quantile = Combinators.combine(reference("outcome"), unitOrBeyond(),
        unitOrBeyond().injectNull(0.5)).as((outcome, peak, now) -> OutcomeQuantileCondition.builder().outcomeId(outcome)
            .maxQuantileThreshold(peak).fallbackQuantileThreshold(now).build());
    Arbitrary<OutcomePercentileCondition> percentile = Combinators.combine(reference("outcome"),
        Arbitraries.integers().between(-10, 100).map(Integer::floatValue), Arbitraries.of(50f, 95.5f).injectNull(0.5))
        .as((outcome, low, high) -> OutcomePercentileCondition.builder().outcomeId(outcome).maximumPercentile(low)
            .fallbackPercentile(high).build());
    Arbitrary<List<String>> triggers = reference("segment").list().ofMaxSize(2).injectNull(0.1);
    Arbitrary<ActionMap.Builder> start = Combinators.combine(text(), triggers, url.list().ofMaxSize(2).injectNull(0.1),
        event.list().ofMaxSize(1).injectNull(0.6), activations().injectNull(0.2), actions())
        .as((name, segments, urls, events, activation, action) -> ActionMap.builder().displayName(name)
            .triggerWithSegments(segments).pageUrlConditions(urls).triggerWithEventConditions(events)
            .activation(activation).action(action));
    return Combinators.combine(start, probability.list().ofMaxSize(1).injectNull(0.6), quantile.list().ofMaxSize(1).injectNull(0.6),
        percentile.list().ofMaxSize(1).injectNull(0.7), scheduleGroups(), unknownFields())
        .as((map, probabilities, quantiles, percentiles, groups, unknown) -> {
          map.triggerWithOutcomeProbabilityConditions(probabilities).triggerWithOutcomeQuantileConditions(quantiles)
              .triggerWithOutcomePercentileConditions(percentiles).putAllUnknownFields(unknown);
          if (groups.size() > 0) {
            map.actionMapScheduleGroups(g -> g.actionMapScheduleGroup(a -> a.id(groups.get(0)))
                .emergencyActionMapScheduleGroup(groups.size() > 1 ? io.journeydsl.actionmap.ActionMapScheduleGroup.builder()
                    .id(groups.get(1)).build() : null));
          }
          return map.build();
        });
  }

  private static Arbitrary<List<String>> scheduleGroups() {
    return text().list().ofMaxSize(2);
  }

  /** Fields journey-dsl does not model, with values of every JSON shape. */
  static Arbitrary<Map<String, JsonNode>> unknownFields() {
    Arbitrary<JsonNode> value = Arbitraries.oneOf(text().map(JsonNodeFactory.instance::textNode),
        Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
        Arbitraries.just(JsonNodeFactory.instance.objectNode().put("nested", "x").set("list",
            JsonNodeFactory.instance.arrayNode().add(1.5).add(true).addNull())));
    return Arbitraries.maps(Arbitraries.of("experimentTag", "future_field", "ext"), value).ofMaxSize(2)
        .map(LinkedHashMap::new);
  }
}
