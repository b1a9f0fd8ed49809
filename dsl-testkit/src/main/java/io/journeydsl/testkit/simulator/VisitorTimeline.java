package io.journeydsl.testkit.simulator;

import java.util.List;

/** One visitor's simulated timeline: one {@link Step} per event, over all its sessions. */
public interface VisitorTimeline {

  /** The visitor. */
  Visitor visitor();

  /** The steps, one per event, in order. */
  List<Step> steps();

  /**
   * The step after the {@code n}-th event (1-based, counted over all sessions).
   *
   * @param n the event number
   * @return the step
   * @throws IllegalArgumentException when the visitor has fewer events
   */
  Step afterEvent(int n);

  /** Every offer made to the visitor, in order. */
  List<Offer> offers();

  /** Every outcome the visitor achieved, in order. */
  List<OutcomeAchieved> outcomesAchieved();
}
