package io.journeydsl.testkit.simulator;

import java.util.List;

/**
 * The state of one visitor after one of its events: the segments it matches, the outcomes achieved
 * with this event, what happened to each action map and the actions offered while the visitor was on
 * this event (an offer whose delay ran out before the next event belongs to this step).
 */
public interface Step {

  /** The 1-based number of the event in the visitor's timeline (over all sessions). */
  int number();

  /** The session of the event. */
  Session session();

  /** The event. */
  VisitorEvent event();

  /** The display names of the segments assigned to the visitor after this event, in configuration order. */
  List<String> segments();

  /** The display names of the segments assigned with this event (newly, in this session). */
  List<String> segmentsAssigned();

  /** The display names of the action maps that qualified with this event. */
  List<String> qualified();

  /**
   * Whether a segment is assigned after this event, and why (or why not).
   *
   * @param segment the segment's display name
   * @return the match
   * @throws IllegalArgumentException when the configuration has no segment of that name
   */
  SegmentMatch segment(String segment);

  /** The outcomes achieved with this event. */
  List<OutcomeAchieved> outcomesAchieved();

  /** The decisions about the action maps something happened to at this step (qualified, offered, held back). */
  List<Decision> decisions();

  /**
   * The decision about one action map at this step, also when nothing happened to it (then it says
   * which criterion keeps it from qualifying, or that it qualified earlier).
   *
   * @param actionMap the action map's display name
   * @return the decision
   * @throws IllegalArgumentException when the configuration has no action map of that name
   */
  Decision decision(String actionMap);

  /** The actions offered at this step. */
  List<Offer> offers();
}
