package io.journeydsl.testkit.assertj;

import io.journeydsl.testkit.simulator.Decision;
import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.SegmentMatch;
import io.journeydsl.testkit.simulator.Step;
import io.journeydsl.testkit.simulator.Verdict;
import io.journeydsl.testkit.simulator.VisitorTimeline;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a visitor's state after one event; obtain it from
 * {@link VisitorTimelineAssert#afterEvent(int)}. Failure messages say why: the criterion or pattern
 * that did not match, the map that won and by which rule, the assumption the simulator made.
 */
public final class StepAssert extends AbstractAssert<StepAssert, Step> {
  private final VisitorTimelineAssert timelineAssert;
  private final VisitorTimeline timeline;

  StepAssert(VisitorTimelineAssert timelineAssert, VisitorTimeline timeline, Step actual) {
    super(actual, StepAssert.class);
    this.timelineAssert = timelineAssert;
    this.timeline = timeline;
  }

  /**
   * Verifies the segment is assigned to the visitor after this event.
   *
   * @param segment the segment's display name
   * @return this assertion
   */
  public StepAssert matchesSegment(String segment) {
    SegmentMatch match = segmentMatch(segment);
    if (!match.matched()) {
      failWithMessage("%s", "Expected visitor '" + who() + "' to match segment '" + segment + "' after event "
          + where() + ", but " + match.reason() + ". Segments matched: " + actual.segments());
    }
    return this;
  }

  /**
   * Verifies the segment is not assigned to the visitor after this event.
   *
   * @param segment the segment's display name
   * @return this assertion
   */
  public StepAssert doesNotMatchSegment(String segment) {
    SegmentMatch match = segmentMatch(segment);
    if (match.matched()) {
      failWithMessage("%s", "Expected visitor '" + who() + "' not to match segment '" + segment + "' after event "
          + where() + ", but it does: " + match.reason());
    }
    return this;
  }

  /**
   * Verifies the map's action is offered at this step.
   *
   * @param actionMap the action map's display name
   * @return this assertion
   */
  public StepAssert offers(String actionMap) {
    Decision decision = decision(actionMap);
    if (actual.offers().stream().noneMatch(o -> o.actionMap().equals(actionMap))) {
      failWithMessage("%s", "Expected visitor '" + who() + "' to be offered '" + actionMap + "' after event " + where()
          + ", but it was not: " + describe(decision) + ". Offered at this event: "
          + actual.offers().stream().map(Offer::actionMap).toList() + "; '" + actionMap + "' offered at events "
          + timeline.offers().stream().filter(o -> o.actionMap().equals(actionMap)).map(Offer::step).toList());
    }
    return this;
  }

  /**
   * Verifies the map's action is not offered at this step.
   *
   * @param actionMap the action map's display name
   * @return this assertion
   */
  public StepAssert doesNotOffer(String actionMap) {
    Decision decision = decision(actionMap);
    if (actual.offers().stream().anyMatch(o -> o.actionMap().equals(actionMap))) {
      failWithMessage("%s", "Expected visitor '" + who() + "' not to be offered '" + actionMap + "' after event "
          + where() + ", but it was: " + describe(decision));
    }
    return this;
  }

  /**
   * Verifies what happened to an action map at this step.
   *
   * @param actionMap the action map's display name
   * @param verdict the expected verdict
   * @return this assertion
   */
  public StepAssert hasVerdict(String actionMap, Verdict verdict) {
    Decision decision = decision(actionMap);
    if (decision.verdict() != verdict) {
      failWithMessage("%s", "Expected '" + actionMap + "' to be " + verdict + " for visitor '" + who() + "' after event "
          + where() + ", but: " + describe(decision));
    }
    return this;
  }

  /**
   * Verifies the visitor is never offered the action of any of these maps, at any step.
   *
   * @param actionMaps action map display names
   * @return this assertion
   */
  public StepAssert neverOffers(String... actionMaps) {
    timelineAssert.neverOffers(actionMaps);
    return this;
  }

  /**
   * Moves to another event of the same visitor.
   *
   * @param n the event number
   * @return assertions on that step
   */
  public StepAssert afterEvent(int n) {
    return timelineAssert.afterEvent(n);
  }

  /** A decision in words, with its rule's documentation page and the assumption behind it. */
  static String describe(Decision d) {
    return d.verdict() + ": " + d.reason() + " [rule " + d.rule().name() + ", " + d.rule().page() + "]"
        + d.assumption().map(a -> " [assumption: " + a + "]").orElse("");
  }

  private SegmentMatch segmentMatch(String segment) {
    isNotNull();
    try {
      return actual.segment(segment);
    } catch (IllegalArgumentException e) {
      failWithMessage("%s", e.getMessage());
      throw e;
    }
  }

  private Decision decision(String actionMap) {
    isNotNull();
    try {
      return actual.decision(actionMap);
    } catch (IllegalArgumentException e) {
      failWithMessage("%s", e.getMessage());
      throw e;
    }
  }

  private String who() {
    return timeline.visitor().id();
  }

  private String where() {
    return actual.number() + " (" + actual.event().eventName() + actual.event().pageUrl().map(u -> " " + u).orElse("")
        + " at " + actual.event().at() + ")";
  }
}
