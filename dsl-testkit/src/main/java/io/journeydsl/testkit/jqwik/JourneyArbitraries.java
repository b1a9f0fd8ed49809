package io.journeydsl.testkit.jqwik;

import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.immediate;
import static io.journeydsl.Journey.onNextSession;
import static io.journeydsl.Journey.onNextVisit;
import static io.journeydsl.Journey.probability;
import static io.journeydsl.Journey.quantile;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.webMessagingOffer;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.Action;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.UrlCondition;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of valid Journey objects: every generated value is accepted by
 * {@link io.journeydsl.testkit.FakeJourneyApi} (profile {@code SDK_198}, the default) when created or
 * seeded. Values carry the fields the API requires, realistic names, pages and criteria keys (from
 * {@link io.journeydsl.criteria.JourneyKeys} and {@link io.journeydsl.criteria.ContextKeys}), colours
 * {@code #RRGGBB} and action map weights 1..3; server fields ({@code id}, {@code version}, dates) are
 * left unset.
 *
 * <pre>{@code
 * @Property
 * void deploysAnyBundle(@ForAll("bundles") JourneyConfig bundle) { ... }
 *
 * @Provide
 * Arbitrary<JourneyConfig> bundles() {
 *   return JourneyArbitraries.bundles();
 * }
 * }</pre>
 */
public final class JourneyArbitraries {
  private JourneyArbitraries() {}

  /** Segments with a journey pattern and sometimes a visit context pattern. */
  public static Arbitrary<JourneySegment> segments() {
    return Combinators.combine(Words.audience(), Words.color(), Arbitraries.of(true, false),
        Words.text().injectNull(0.3), Arbitraries.of(true, false),
        Patterns.journeyPattern().list().ofMinSize(1).ofMaxSize(2),
        Patterns.contextPattern().list().ofMaxSize(1), Arbitraries.integers().between(1, 60).injectNull(0.5))
        .as((name, color, active, description, toAgent, journey, context, expiration) -> {
          JourneySegment.Builder segment = JourneySegment.builder().displayName(name).color(color).isActive(active)
              .description(description).shouldDisplayToAgent(toAgent).assignmentExpirationDays(expiration)
              .journey(j -> j.patterns(journey));
          if (!context.isEmpty()) {
            segment.context(c -> c.patterns(context));
          }
          return segment.build();
        });
  }

  /** Outcomes with a journey pattern. */
  public static Arbitrary<Outcome> outcomes() {
    return Combinators.combine(Words.goal(), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Words.text().injectNull(0.3), Patterns.journeyPattern().list().ofMinSize(1).ofMaxSize(2))
        .as((name, active, positive, description, journey) -> Outcome.builder().displayName(name).isActive(active)
            .isPositive(positive).description(description).journey(j -> j.patterns(journey)).build());
  }

  /** Active content offer templates. */
  public static Arbitrary<ActionTemplate> actionTemplates() {
    return Combinators.combine(Words.offer(), Words.text().injectNull(0.3), Templates.contentOffers())
        .as((name, description, offer) -> io.journeydsl.Journey.actionTemplate(name,
            io.journeydsl.model.MediaType.CONTENT_OFFER).description(description).contentOffer(offer).build());
  }

  /**
   * Action maps triggered by some of {@code segments}, showing a content offer of one of
   * {@code templates} (a web messaging offer when there are none); references are by name
   * ({@link Ref#to(JourneySegment)}), so they resolve within a bundle holding these objects.
   *
   * @param segments the segments to trigger with; not empty
   * @param templates the templates to offer; may be empty
   * @return the arbitrary
   */
  public static Arbitrary<ActionMap> actionMaps(List<JourneySegment> segments, List<ActionTemplate> templates) {
    return actionMaps(segments, templates, List.of());
  }

  /**
   * Like {@link #actionMaps(List, List)}, sometimes also triggered by a probability or quantile
   * condition on one of {@code outcomes}.
   *
   * @param segments the segments to trigger with; not empty
   * @param templates the templates to offer; may be empty
   * @param outcomes the outcomes conditions may refer to; may be empty
   * @return the arbitrary
   */
  public static Arbitrary<ActionMap> actionMaps(List<JourneySegment> segments, List<ActionTemplate> templates,
      List<Outcome> outcomes) {
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("an action map needs at least one segment to trigger with");
    }
    Arbitrary<List<Ref<JourneySegment>>> triggers = Arbitraries.of(segments).map(Ref::to).list()
        .ofMinSize(1).ofMaxSize(Math.min(3, segments.size())).uniqueElements();
    Arbitrary<Action> action = templates.isEmpty()
        ? Words.text().map(text -> webMessagingOffer(text))
        : Arbitraries.of(templates).map(t -> contentOffer(Ref.to(t)));
    return Combinators.combine(Words.offer().map(o -> "Offer " + o), triggers, urlConditions(), activations(),
        Arbitraries.integers().between(1, 3), Arbitraries.of(true, false), action, outcomeConditions(outcomes))
        .as((name, segmentRefs, urls, activation, weight, active, offer, conditions) -> {
          ActionMap.Builder map = ActionMap.builder().displayName(name).isActive(active).pageUrlConditions(urls)
              .activation(activation).weight(weight).action(offer);
          segmentRefs.forEach(ref -> map.addTriggerWithSegment(ref.wire()));
          conditions.ifPresent(condition -> {
            if (condition instanceof OutcomeQuantileCondition q) {
              map.addTriggerWithOutcomeQuantileCondition(q);
            } else {
              map.addTriggerWithOutcomeProbabilityCondition((OutcomeProbabilityCondition) condition);
            }
          });
          return map.build();
        });
  }

  /**
   * Bundles of 1..4 segments, 0..2 outcomes, 0..3 action templates and 0..4 action maps referring to
   * them by name; names are unique per kind, so {@code FakeJourneyApi.seed(bundle)} resolves every
   * reference.
   */
  public static Arbitrary<JourneyConfig> bundles() {
    Arbitrary<List<JourneySegment>> segments = segments().list().ofMinSize(1).ofMaxSize(4)
        .uniqueElements(JourneySegment::displayName);
    Arbitrary<List<Outcome>> outcomes = outcomes().list().ofMaxSize(2).uniqueElements(Outcome::displayName);
    Arbitrary<List<ActionTemplate>> templates = actionTemplates().list().ofMaxSize(3)
        .uniqueElements(ActionTemplate::name);
    return Combinators.combine(segments, outcomes, templates).flatAs((s, o, t) -> actionMaps(s, t, o).list()
        .ofMaxSize(4).uniqueElements(ActionMap::displayName)
        .map(maps -> JourneyConfig.builder().addAllSegments(s).addAllOutcomes(o).addAllActionTemplates(t)
            .addAllActionMaps(maps).build()));
  }

  private static Arbitrary<List<UrlCondition>> urlConditions() {
    return Words.path().map(path -> url().contains(path)).list().ofMinSize(1).ofMaxSize(2);
  }

  private static Arbitrary<Activation> activations() {
    return Arbitraries.oneOf(Arbitraries.just(immediate()), Arbitraries.just(onNextVisit()),
        Arbitraries.just(onNextSession()), Arbitraries.integers().between(0, 300).map(s -> delay(Duration.ofSeconds(s))));
  }

  private static Arbitrary<Optional<Object>> outcomeConditions(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<Object> condition = Combinators.combine(Arbitraries.of(outcomes).map(Ref::to),
        Arbitraries.integers().between(1, 19).map(n -> n / 20f), Arbitraries.of(true, false))
        .as((ref, threshold, useQuantile) -> useQuantile ? quantile(ref, threshold) : probability(ref, threshold));
    return condition.optional(0.5);
  }
}
