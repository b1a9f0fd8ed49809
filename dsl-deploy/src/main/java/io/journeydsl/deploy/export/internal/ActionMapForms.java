package io.journeydsl.deploy.export.internal;

import io.journeydsl.Journey;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.Action;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actionmap.ActionProperties;
import io.journeydsl.actionmap.ActionMapScheduleGroup;
import io.journeydsl.actionmap.ActionMapScheduleGroups;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.RequestMapping;
import io.journeydsl.actionmap.UrlCondition;
import io.journeydsl.actionmap.WebchatAction;
import io.journeydsl.ids.ActionTargetId;
import io.journeydsl.ids.FlowId;
import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.model.AddressableEntityRef;
import io.journeydsl.model.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The DSL forms of what an action map holds: typed references ({@code Ref.segment("...")},
 * {@code Ref.outcomeId("...")}), outcome conditions named by meaning, activations, the action as one
 * of the sealed {@link Action} variants (webchat too, deprecated but still found in orgs), and schedule groups by {@link ScheduleGroupId}.
 */
final class ActionMapForms {
  private final SourceWriter writer;
  private final Imports imports;

  ActionMapForms(SourceWriter writer, Imports imports) {
    this.writer = writer;
    this.imports = imports;
  }

  /** {@code Ref.segment("Name")} for a placeholder, {@code Ref.segmentId("id")} for a plain id. */
  String ref(Ref.Kind kind, String wire) {
    Ref<?> ref = Ref.parse(kind, wire).orElseThrow();
    String factory = switch (kind) {
      case SEGMENT -> ref.name().isPresent() ? "segment" : "segmentId";
      case OUTCOME -> ref.name().isPresent() ? "outcome" : "outcomeId";
      case ACTION_TEMPLATE -> ref.name().isPresent() ? "actionTemplate" : "actionTemplateId";
      case ACTION_MAP -> ref.name().isPresent() ? "actionMap" : "actionMapId";
    };
    return imports.name(Ref.class) + "." + factory + "(" + JavaLiterals.string(ref.name().orElseGet(() -> ref.id().orElseThrow())) + ")";
  }

  /** Whether {@link #ref} can write {@code wire}: a placeholder of {@code kind} or a non-blank id. */
  static boolean isRef(Ref.Kind kind, String wire) {
    return wire != null && !wire.isBlank() && Ref.parse(kind, wire).isPresent()
        && Ref.parse(kind, wire).get().name().map(n -> !n.isBlank()).orElse(true);
  }

  /** The arguments of {@code triggerWithSegments(Ref...)}. */
  Optional<String> segmentTriggers(List<?> triggers) {
    if (triggers.isEmpty()) {
      return Optional.empty();
    }
    List<String> refs = new ArrayList<>();
    for (Object trigger : triggers) {
      if (!(trigger instanceof String wire) || !isRef(Ref.Kind.SEGMENT, wire)) {
        return Optional.empty();
      }
      refs.add(ref(Ref.Kind.SEGMENT, wire));
    }
    return Optional.of(String.join(", ", refs));
  }

  /** The arguments of {@code pageUrlConditions(UrlCondition first, UrlCondition... more)}. */
  Optional<String> urlConditions(List<?> conditions) {
    if (conditions.isEmpty()) {
      return Optional.empty();
    }
    for (Object condition : conditions) {
      if (!(condition instanceof UrlCondition)) {
        return Optional.empty();
      }
    }
    return Optional.of(writer.elements(conditions));
  }

  Optional<String> probability(OutcomeProbabilityCondition c) {
    if (c.maximumProbability() == null || !isRef(Ref.Kind.OUTCOME, c.outcomeId())) {
      return Optional.empty();
    }
    Ref<io.journeydsl.outcome.Outcome> ref = outcomeRef(c.outcomeId());
    float low = c.maximumProbability();
    Float high = c.probability();
    Supplier<Object> candidate = high == null ? () -> Journey.likelihood(ref).atLeast(low)
        : () -> Journey.likelihood(ref).between(low, high);
    return Verified.form(c, candidate, () -> "likelihood(" + ref(Ref.Kind.OUTCOME, c.outcomeId()) + ")"
        + (high == null ? ".atLeast(" + JavaLiterals.floatLiteral(low) + ")"
            : ".between(" + JavaLiterals.floatLiteral(low) + ", " + JavaLiterals.floatLiteral(high) + ")"));
  }

  Optional<String> quantile(OutcomeQuantileCondition c) {
    if (c.maxQuantileThreshold() == null || !isRef(Ref.Kind.OUTCOME, c.outcomeId())) {
      return Optional.empty();
    }
    Ref<io.journeydsl.outcome.Outcome> ref = outcomeRef(c.outcomeId());
    float peak = c.maxQuantileThreshold();
    Float now = c.fallbackQuantileThreshold();
    Supplier<Object> candidate = now == null ? () -> Journey.quantile(ref).peakAbove(peak)
        : () -> Journey.quantile(ref).peakAboveNowBelow(peak, now);
    return Verified.form(c, candidate, () -> "quantile(" + ref(Ref.Kind.OUTCOME, c.outcomeId()) + ")"
        + (now == null ? ".peakAbove(" + JavaLiterals.floatLiteral(peak) + ")"
            : ".peakAboveNowBelow(" + JavaLiterals.floatLiteral(peak) + ", " + JavaLiterals.floatLiteral(now) + ")"));
  }

  Optional<String> percentile(OutcomePercentileCondition c) {
    if (c.maximumPercentile() == null || !isRef(Ref.Kind.OUTCOME, c.outcomeId())) {
      return Optional.empty();
    }
    Ref<io.journeydsl.outcome.Outcome> ref = outcomeRef(c.outcomeId());
    float low = c.maximumPercentile();
    Float high = c.fallbackPercentile();
    Supplier<Object> candidate = high == null ? () -> Journey.percentile(ref).atLeast(low)
        : () -> Journey.percentile(ref).between(low, high);
    return Verified.form(c, candidate, () -> "percentile(" + ref(Ref.Kind.OUTCOME, c.outcomeId()) + ")"
        + (high == null ? ".atLeast(" + JavaLiterals.floatLiteral(low) + ")"
            : ".between(" + JavaLiterals.floatLiteral(low) + ", " + JavaLiterals.floatLiteral(high) + ")"));
  }

  @SuppressWarnings("unchecked")
  private static Ref<io.journeydsl.outcome.Outcome> outcomeRef(String wire) {
    return (Ref<io.journeydsl.outcome.Outcome>) Ref.parse(Ref.Kind.OUTCOME, wire).orElseThrow();
  }

  Optional<String> activation(Activation a) {
    Optional<String> simple = Verified.form(a, Journey::immediate, () -> "immediate()")
        .or(() -> Verified.form(a, Journey::onNextVisit, () -> "onNextVisit()"))
        .or(() -> Verified.form(a, Journey::onNextSession, () -> "onNextSession()"));
    if (simple.isPresent() || a.delayInSeconds() == null) {
      return simple;
    }
    int seconds = a.delayInSeconds();
    return Verified.form(a, () -> Journey.delay(Duration.ofSeconds(seconds)),
        () -> "delay(" + imports.name(Duration.class) + ".ofSeconds(" + seconds + "))");
  }

  Optional<String> requestMapping(RequestMapping m) {
    if (m.name() == null || m.attributeType() == null || m.value() == null || m.mappingType() == null) {
      return Optional.empty();
    }
    String args = JavaLiterals.string(m.name()) + ", " + writer.expression(m.attributeType()) + ", "
        + JavaLiterals.string(m.value()) + ")";
    return Verified.form(m, () -> Journey.hardCoded(m.name(), m.attributeType(), m.value()), () -> "hardCoded(" + args)
        .or(() -> Verified.form(m, () -> Journey.lookup(m.name(), m.attributeType(), m.value()), () -> "lookup(" + args));
  }

  /** The action as a DSL variant: content offer, web messaging offer, Architect flow or integration. */
  Optional<String> action(ActionMapAction a) {
    MediaType type = a.mediaType();
    if (type == null) {
      return Optional.empty();
    }
    if (type.equals(MediaType.CONTENT_OFFER) && a.actionTemplate() != null
        && isRef(Ref.Kind.ACTION_TEMPLATE, a.actionTemplate().id())) {
      @SuppressWarnings("unchecked")
      Ref<io.journeydsl.actiontemplate.ActionTemplate> ref = (Ref<io.journeydsl.actiontemplate.ActionTemplate>)
          Ref.parse(Ref.Kind.ACTION_TEMPLATE, a.actionTemplate().id()).orElseThrow();
      return variant(a, () -> Journey.contentOffer(ref),
          () -> "contentOffer(" + ref(Ref.Kind.ACTION_TEMPLATE, a.actionTemplate().id()) + ")");
    } else if (type.equals(MediaType.WEB_MESSAGING_OFFER) && a.webMessagingOfferFields() != null
        && a.webMessagingOfferFields().offerText() != null) {
      String text = a.webMessagingOfferFields().offerText();
      AddressableEntityRef flow = a.webMessagingOfferFields().architectFlow();
      if (flow == null) {
        return variant(a, () -> Journey.webMessagingOffer(text), () -> "webMessagingOffer(" + JavaLiterals.string(text) + ")");
      }
      return flowId(flow).flatMap(id -> variant(a, () -> Journey.webMessagingOffer(text, FlowId.of(id)),
          () -> "webMessagingOffer(" + JavaLiterals.string(text) + ", " + typedId(FlowId.class, id) + ")"));
    } else if (type.equals(MediaType.ARCHITECT_FLOW) && a.architectFlowFields() != null) {
      List<RequestMapping> mappings = a.architectFlowFields().flowRequestMappings() == null ? List.of()
          : a.architectFlowFields().flowRequestMappings();
      return Optional.ofNullable(a.architectFlowFields().architectFlow()).flatMap(this::flowId)
          .flatMap(id -> variant(a, () -> Journey.architectFlow(FlowId.of(id), mappings.toArray(RequestMapping[]::new)),
              () -> "architectFlow(" + typedId(FlowId.class, id) + (mappings.isEmpty() ? "" : ", " + writer.elements(mappings)) + ")"));
    } else if (type.equals(MediaType.WEBCHAT) && a.props() != null) {
      return webchat(a);
    } else if (type.equals(MediaType.INTEGRATION_ACTION)) {
      return variant(a, Journey::integrationAction, () -> "integrationAction()");
    }
    return Optional.empty();
  }

  /** {@code webchat(p -> ...)}, routed to an action target and with pacing when the org has them. */
  private Optional<String> webchat(ActionMapAction a) {
    String target = a.actionTargetId();
    if (target != null && target.isBlank()) {
      return Optional.empty();
    }
    Supplier<Action> candidate = () -> new WebchatAction(a.props(), target == null ? null : ActionTargetId.of(target),
        a.isPacingEnabled());
    return variant(a, candidate, () -> {
      String props = writer.lambdaBody(a.props(), ActionProperties.class);
      return "webchat(" + (props.isEmpty() ? "p -> {}" : props) + ")"
          + (target == null ? "" : ".routedTo(" + typedId(ActionTargetId.class, target) + ")")
          + (a.isPacingEnabled() == null ? "" : ".pacing(" + a.isPacingEnabled() + ")");
    });
  }

  private static Optional<String> variant(ActionMapAction original, Supplier<Action> action, Supplier<String> code) {
    return Verified.form(original, () -> action.get().toWire(), code);
  }

  private Optional<String> flowId(AddressableEntityRef flow) {
    return flow.id() == null || flow.id().isBlank() ? Optional.empty() : Optional.of(flow.id());
  }

  /** The arguments of {@code actionMapScheduleGroups(ScheduleGroupId[, ScheduleGroupId])}. */
  Optional<String> scheduleGroups(ActionMapScheduleGroups groups) {
    ActionMapScheduleGroup main = groups.actionMapScheduleGroup();
    ActionMapScheduleGroup emergency = groups.emergencyActionMapScheduleGroup();
    if (main == null || main.id() == null || main.id().isBlank()) {
      return Optional.empty();
    }
    if (emergency == null) {
      return Verified.form(groups, () -> ActionMapScheduleGroups.builder()
          .actionMapScheduleGroup(ScheduleGroupId.of(main.id())).build(), () -> typedId(ScheduleGroupId.class, main.id()));
    }
    if (emergency.id() == null || emergency.id().isBlank()) {
      return Optional.empty();
    }
    return Verified.form(groups, () -> ActionMapScheduleGroups.builder()
        .actionMapScheduleGroup(ScheduleGroupId.of(main.id()))
        .emergencyActionMapScheduleGroup(ScheduleGroupId.of(emergency.id())).build(),
        () -> typedId(ScheduleGroupId.class, main.id()) + ", " + typedId(ScheduleGroupId.class, emergency.id()));
  }

  private String typedId(Class<?> type, String id) {
    return imports.name(type) + ".of(" + JavaLiterals.string(id) + ")";
  }

}
