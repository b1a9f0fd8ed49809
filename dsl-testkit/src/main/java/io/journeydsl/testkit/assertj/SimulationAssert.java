package io.journeydsl.testkit.assertj;

import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.Visitor;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Simulation}; obtain it from
 * {@link JourneyAssertions#assertThat(Simulation)}:
 *
 * <pre>{@code
 * assertThat(simulation).visitor("ann").afterEvent(3)
 *     .matchesSegment("Pricing visitors").offers("Offer the sale").neverOffers("Chat with mobile checkouts");
 * }</pre>
 */
public final class SimulationAssert extends AbstractAssert<SimulationAssert, Simulation> {

  SimulationAssert(Simulation actual) {
    super(actual, SimulationAssert.class);
  }

  /**
   * Navigates to one visitor's timeline.
   *
   * @param visitorId the visitor's id
   * @return assertions on the visitor's timeline
   */
  public VisitorTimelineAssert visitor(String visitorId) {
    isNotNull();
    List<String> ids = actual.timelines().stream().map(t -> t.visitor().id()).toList();
    if (!ids.contains(visitorId)) {
      failWithMessage("%s", "Expected a visitor '" + visitorId + "' in the simulation, but its visitors are " + ids);
    }
    return new VisitorTimelineAssert(actual.visitor(visitorId));
  }

  /**
   * Navigates to one visitor's timeline.
   *
   * @param visitor the visitor
   * @return assertions on the visitor's timeline
   */
  public VisitorTimelineAssert visitor(Visitor visitor) {
    return visitor(visitor.id());
  }

  /**
   * Verifies no visitor is ever offered the action of any of these maps.
   *
   * @param actionMaps action map display names
   * @return this assertion
   */
  public SimulationAssert neverOffers(String... actionMaps) {
    isNotNull();
    for (var timeline : actual.timelines()) {
      new VisitorTimelineAssert(timeline).neverOffers(actionMaps);
    }
    return this;
  }

  /**
   * Verifies exactly {@code expected} offers of a map were made over all visitors.
   *
   * @param actionMap the action map's display name
   * @param expected the number of offers
   * @return this assertion
   */
  public SimulationAssert offersTimes(String actionMap, int expected) {
    isNotNull();
    List<Offer> offers = actual.offers().stream().filter(o -> o.actionMap().equals(actionMap)).toList();
    if (offers.size() != expected) {
      failWithMessage("%s", "Expected '" + actionMap + "' to be offered " + expected + " times, but it was offered "
          + offers.size() + " times: " + offers.stream().map(o -> o.visitorId() + " at event " + o.step()).toList());
    }
    return this;
  }
}
