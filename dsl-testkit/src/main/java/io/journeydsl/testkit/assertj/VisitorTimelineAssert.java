package io.journeydsl.testkit.assertj;

import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.VisitorTimeline;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on one visitor's simulated timeline; obtain it from
 * {@link SimulationAssert#visitor(String)}.
 */
public final class VisitorTimelineAssert extends AbstractAssert<VisitorTimelineAssert, VisitorTimeline> {

  VisitorTimelineAssert(VisitorTimeline actual) {
    super(actual, VisitorTimelineAssert.class);
  }

  /**
   * Navigates to the visitor's state after its {@code n}-th event (1-based, over all sessions).
   *
   * @param n the event number
   * @return assertions on that step
   */
  public StepAssert afterEvent(int n) {
    isNotNull();
    if (n < 1 || n > actual.steps().size()) {
      failWithMessage("%s", "Expected visitor '" + actual.visitor().id() + "' to have an event " + n + ", but it has "
          + actual.steps().size() + " events");
    }
    return new StepAssert(this, actual, actual.afterEvent(n));
  }

  /**
   * Verifies the visitor is offered the map's action at some step.
   *
   * @param actionMap the action map's display name
   * @return this assertion
   */
  public VisitorTimelineAssert offers(String actionMap) {
    isNotNull();
    if (actual.offers().stream().noneMatch(o -> o.actionMap().equals(actionMap))) {
      StringBuilder why = new StringBuilder("Expected visitor '").append(actual.visitor().id()).append("' to be offered '")
          .append(actionMap).append("' at some event, but it never was. Last decision: ");
      why.append(StepAssert.describe(actual.steps().get(actual.steps().size() - 1).decision(actionMap)));
      why.append(". Offers made: ").append(actual.offers().stream().map(o -> o.actionMap() + " at event " + o.step()).toList());
      failWithMessage("%s", why.toString());
    }
    return this;
  }

  /**
   * Verifies the visitor is never offered the action of any of these maps, in any session.
   *
   * @param actionMaps action map display names
   * @return this assertion
   */
  public VisitorTimelineAssert neverOffers(String... actionMaps) {
    isNotNull();
    for (String map : actionMaps) {
      List<Offer> made = actual.offers().stream().filter(o -> o.actionMap().equals(map)).toList();
      if (!made.isEmpty()) {
        Offer first = made.get(0);
        failWithMessage("%s", "Expected visitor '" + actual.visitor().id() + "' never to be offered '" + map
            + "', but it was at event " + first.step() + " (" + first.at() + ", session " + first.sessionId() + "): "
            + StepAssert.describe(actual.afterEvent(first.step()).decision(map)));
      }
    }
    return this;
  }

  /**
   * Verifies the visitor achieves an outcome at some step.
   *
   * @param outcome the outcome's display name
   * @return this assertion
   */
  public VisitorTimelineAssert achievesOutcome(String outcome) {
    isNotNull();
    if (actual.outcomesAchieved().stream().noneMatch(o -> o.outcome().equals(outcome))) {
      failWithMessage("%s", "Expected visitor '" + actual.visitor().id() + "' to achieve outcome '" + outcome
          + "', but it achieved " + actual.outcomesAchieved().stream().map(o -> o.outcome()).toList());
    }
    return this;
  }
}
