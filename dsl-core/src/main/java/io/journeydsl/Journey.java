package io.journeydsl;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionProperties;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.ArchitectFlowAction;
import io.journeydsl.actionmap.AttributeType;
import io.journeydsl.actionmap.ContentOfferAction;
import io.journeydsl.actionmap.EventConditions;
import io.journeydsl.actionmap.IntegrationAction;
import io.journeydsl.actionmap.MappingType;
import io.journeydsl.actionmap.OpenAction;
import io.journeydsl.actionmap.OutcomeConditions;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.RequestMapping;
import io.journeydsl.actionmap.UrlConditions;
import io.journeydsl.actionmap.WebMessagingOfferAction;
import io.journeydsl.actionmap.WebchatAction;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.analytics.AggregateQuerySteps;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.analytics.Predicates;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.pattern.EventStream;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.StreamType;
import io.journeydsl.ids.ActionTargetId;
import io.journeydsl.ids.FlowId;
import io.journeydsl.ids.OpenActionId;
import io.journeydsl.model.MediaType;
import io.journeydsl.internal.Args;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one static entry point of the journey-dsl DSL; {@code import static io.journeydsl.Journey.*}.
 *
 * <pre>{@code
 * JourneySegment pricing = segment("Pricing visitors")
 *     .color("#1E88E5")
 *     .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing")))
 *     .build();
 * ActionMap offer = actionMap("Offer the sale on pricing")
 *     .triggerWithSegments(pricing)
 *     .pageUrlConditions(url().contains("/pricing"))
 *     .activation(delay(Duration.ofSeconds(15)))
 *     .action(contentOffer(Ref.actionTemplate("Spring sale")))
 *     .build();
 * }</pre>
 *
 * <p>Factories take the arguments an object can never lack; everything else is set on the returned
 * builder, whose methods carry the wire names. Completeness is the validator's job.
 */
public final class Journey {
  private Journey() {}

  // ---- top-level objects -------------------------------------------------------------------

  /** A segment builder with its display name set. */
  public static JourneySegment.Builder segment(String displayName) {
    return JourneySegment.builder().displayName(Args.requireText(displayName, "segment displayName"));
  }

  /** An outcome builder with its display name set. */
  public static Outcome.Builder outcome(String displayName) {
    return Outcome.builder().displayName(Args.requireText(displayName, "outcome displayName"));
  }

  /** An action map builder with its display name set. */
  public static ActionMap.Builder actionMap(String displayName) {
    return ActionMap.builder().displayName(Args.requireText(displayName, "actionMap displayName"));
  }

  /** An active action template of {@code mediaType}. */
  public static ActionTemplate.Builder actionTemplate(String name, MediaType mediaType) {
    return ActionTemplate.builder()
        .name(Args.requireText(name, "actionTemplate name"))
        .mediaType(Args.requireNonNull(mediaType, "actionTemplate mediaType"))
        .state(ActionTemplateState.ACTIVE);
  }

  /** An active content offer template: media type {@code contentOffer} and its offer. */
  public static ActionTemplate.Builder contentOfferTemplate(String name, Consumer<ContentOffer.Builder> offer) {
    Args.requireNonNull(offer, "contentOffer");
    return actionTemplate(name, MediaType.CONTENT_OFFER).contentOffer(offer);
  }

  // ---- patterns and criteria ---------------------------------------------------------------

  /** Web sessions ({@code Web}/{@code web}). */
  public static EventStream web() {
    return EventStream.WEB;
  }

  /** App sessions ({@code App}/{@code app}). */
  public static EventStream app() {
    return EventStream.APP;
  }

  /**
   * Events of a custom stream ({@code Custom}) of session type {@code sessionType}, e.g. events sent
   * by a kiosk app: {@code custom("kiosk")}.
   */
  public static EventStream custom(String sessionType) {
    return EventStream.of(StreamType.CUSTOM, sessionType);
  }

  /** Events of conversations ({@code Conversation}) of session type {@code sessionType}. */
  public static EventStream conversation(String sessionType) {
    return EventStream.of(StreamType.CONVERSATION, sessionType);
  }

  /** A journey pattern: these criteria matched {@code count} times on events of {@code stream}. */
  public static JourneyPattern pattern(EventStream stream, int count, Criteria first, Criteria... more) {
    return patternBuilder(stream, count, first, more).build();
  }

  /**
   * A journey pattern on the events named {@code eventName} only ({@code eventName} on the wire):
   * these criteria matched {@code count} times on such events of {@code stream}, e.g.
   * {@code pattern(web(), "added_to_cart", 2, JourneyKeys.attribute("cartValue").greaterThan("100"))}.
   */
  public static JourneyPattern pattern(EventStream stream, String eventName, int count, Criteria first,
      Criteria... more) {
    return patternBuilder(stream, count, first, more)
        .eventName(Args.requireText(eventName, "pattern eventName")).build();
  }

  private static JourneyPattern.Builder patternBuilder(EventStream stream, int count, Criteria first, Criteria... more) {
    Args.requireNonNull(stream, "pattern stream");
    if (count < 1) {
      throw new JourneyDslException("pattern count must be at least 1, was " + count);
    }
    return JourneyPattern.builder().streamType(stream.streamType()).sessionType(stream.sessionType())
        .count(count).criteria(Args.nonNullList("pattern criterion", first, more));
  }

  /** A context pattern: all of these visit criteria. */
  public static ContextPattern contextPattern(EntityTypeCriteria first, EntityTypeCriteria... more) {
    return ContextPattern.builder().criteria(Args.nonNullList("context criterion", first, more)).build();
  }

  /** URL conditions of an action map: {@code url().startsWith("https://shop.example.com/")}. */
  public static UrlConditions url() {
    return UrlConditions.url();
  }

  /**
   * Event conditions of an action map on {@code key} of events of {@code stream}; limit them to the
   * events of one name with {@link EventConditions#named(String)} ({@code eventName} on the wire).
   */
  public static EventConditions event(EventStream stream, String key) {
    return EventConditions.on(stream, key);
  }

  /**
   * Triggers when the outcome's probability is at or above {@code atLeast} (0..1), the same as
   * {@code likelihood(outcome).atLeast(atLeast)}.
   */
  public static OutcomeProbabilityCondition probability(Ref<Outcome> outcome, float atLeast) {
    return OutcomeProbabilityCondition.builder()
        .outcomeId(Args.requireNonNull(outcome, "outcome").wire()).maximumProbability(atLeast).build();
  }

  /**
   * Triggers when the session's maximum quantile of the outcome score is above {@code threshold}
   * (0..1), the same as {@code quantile(outcome).peakAbove(threshold)}.
   */
  public static OutcomeQuantileCondition quantile(Ref<Outcome> outcome, float threshold) {
    return OutcomeQuantileCondition.builder()
        .outcomeId(Args.requireNonNull(outcome, "outcome").wire()).maxQuantileThreshold(threshold).build();
  }

  /**
   * Probability conditions on the visitor's likelihood of achieving {@code outcome}, bounds named by
   * meaning: {@code likelihood(purchase).between(0.6f, 0.9f)} (see {@link OutcomeConditions.Likelihood}
   * for the wire names).
   */
  public static OutcomeConditions.Likelihood likelihood(Ref<Outcome> outcome) {
    return OutcomeConditions.likelihood(outcome);
  }

  /** Probability conditions on {@code outcome} of the same configuration. */
  public static OutcomeConditions.Likelihood likelihood(Outcome outcome) {
    return OutcomeConditions.likelihood(Ref.to(outcome));
  }

  /**
   * Quantile conditions on the visitor's score for {@code outcome}:
   * {@code quantile(purchase).peakAboveNowBelow(0.8f, 0.5f)} (see {@link OutcomeConditions.Quantile}).
   */
  public static OutcomeConditions.Quantile quantile(Ref<Outcome> outcome) {
    return OutcomeConditions.quantile(outcome);
  }

  /** Quantile conditions on {@code outcome} of the same configuration. */
  public static OutcomeConditions.Quantile quantile(Outcome outcome) {
    return OutcomeConditions.quantile(Ref.to(outcome));
  }

  /**
   * Percentile conditions (deprecated by the API in favour of quantiles) on {@code outcome}:
   * {@code percentile(purchase).between(70f, 90f)} (see {@link OutcomeConditions.Percentile}).
   */
  public static OutcomeConditions.Percentile percentile(Ref<Outcome> outcome) {
    return OutcomeConditions.percentile(outcome);
  }

  /** Percentile conditions on {@code outcome} of the same configuration. */
  public static OutcomeConditions.Percentile percentile(Outcome outcome) {
    return OutcomeConditions.percentile(Ref.to(outcome));
  }

  // ---- activation --------------------------------------------------------------------------

  /** Activates as soon as the action map triggers. */
  public static Activation immediate() {
    return Activation.builder().type("immediate").build();
  }

  /** Activates on the visitor's next visit. */
  public static Activation onNextVisit() {
    return Activation.builder().type("on-next-visit").build();
  }

  /** Activates on the visitor's next session. */
  public static Activation onNextSession() {
    return Activation.builder().type("on-next-session").build();
  }

  /** Activates after {@code delay}, in whole seconds. */
  public static Activation delay(Duration delay) {
    Args.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.toSeconds() > Integer.MAX_VALUE) {
      throw new JourneyDslException("delay must be between 0 and " + Integer.MAX_VALUE + " seconds, was " + delay);
    }
    return Activation.builder().type("delay").delayInSeconds((int) delay.toSeconds()).build();
  }

  // ---- actions -----------------------------------------------------------------------------

  /** Shows the content offer of {@code template}. */
  public static ContentOfferAction contentOffer(Ref<ActionTemplate> template) {
    return new ContentOfferAction(template);
  }

  /** Shows the content offer of {@code template} of the same configuration. */
  public static ContentOfferAction contentOffer(ActionTemplate template) {
    return new ContentOfferAction(Ref.to(template));
  }

  /** Invites to web messaging with {@code offerText} and the deployment's default flow. */
  public static WebMessagingOfferAction webMessagingOffer(String offerText) {
    return new WebMessagingOfferAction(offerText, null);
  }

  /** Invites to web messaging with {@code offerText}, starting the inbound message flow {@code flow}. */
  public static WebMessagingOfferAction webMessagingOffer(String offerText, FlowId flow) {
    return new WebMessagingOfferAction(offerText, Args.requireNonNull(flow, "architectFlow"));
  }

  /** Starts the Architect flow {@code flow} with these input mappings. */
  public static ArchitectFlowAction architectFlow(FlowId flow, RequestMapping... flowRequestMappings) {
    return new ArchitectFlowAction(flow, Arrays.asList(flowRequestMappings));
  }

  /** Supplies a fixed value to a flow input. */
  public static RequestMapping hardCoded(String name, AttributeType attributeType, String value) {
    return mapping(name, attributeType, MappingType.HARD_CODED, value);
  }

  /** Supplies a flow input from a looked-up value, such as a session attribute. */
  public static RequestMapping lookup(String name, AttributeType attributeType, String lookupKey) {
    return mapping(name, attributeType, MappingType.LOOKUP, lookupKey);
  }

  private static RequestMapping mapping(String name, AttributeType type, MappingType mappingType, String value) {
    return RequestMapping.builder().name(Args.requireText(name, "mapping name"))
        .attributeType(Args.requireNonNull(type, "attributeType")).mappingType(mappingType)
        .value(Args.requireNonNull(value, "mapping value")).build();
  }

  /** Runs the open action type {@code id}/{@code name} with these configuration fields (any JSON values). */
  public static OpenAction openAction(OpenActionId id, String name, Map<String, ?> configurationFields) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Args.requireNonNull(configurationFields, "configurationFields")
        .forEach((k, v) -> fields.put(k, JourneyJson.mapper().valueToTree(v)));
    return new OpenAction(id, name, fields);
  }

  /**
   * Offers a legacy web chat (deprecated by Genesys) with these prompt and survey properties; route it
   * to an action target with {@link WebchatAction#routedTo(ActionTargetId)}.
   */
  public static WebchatAction webchat(Consumer<ActionProperties.Builder> props) {
    ActionProperties.Builder builder = ActionProperties.builder();
    Args.requireNonNull(props, "webchat props").accept(builder);
    return new WebchatAction(builder.build(), null, null);
  }

  /** Calls an integration; the API defines no further fields for it. */
  public static IntegrationAction integrationAction() {
    return new IntegrationAction();
  }

  // ---- analytics ---------------------------------------------------------------------------

  /** Starts an aggregate query: interval, then metrics, then optional clauses. */
  public static AggregateQuerySteps.IntervalStep aggregateQuery() {
    return AggregateQuerySteps.query();
  }

  /** Starts a filter predicate on {@code dimension}. */
  public static Predicates.DimensionPredicates dimension(JourneyDimension dimension) {
    return Predicates.dimension(dimension);
  }

}
