package io.journeydsl.testkit.simulator;

import io.journeydsl.JourneyConfig;
import java.util.List;

/** The result of simulating visitors against a configuration. */
public interface Simulation {

  /** The configuration simulated. */
  JourneyConfig config();

  /** One timeline per visitor, in the order given. */
  List<VisitorTimeline> timelines();

  /**
   * The timeline of one visitor.
   *
   * @param visitorId the visitor's id
   * @return the timeline
   * @throws IllegalArgumentException when no visitor has that id
   */
  VisitorTimeline visitor(String visitorId);

  /** Every offer made, visitor by visitor. */
  List<Offer> offers();
}
