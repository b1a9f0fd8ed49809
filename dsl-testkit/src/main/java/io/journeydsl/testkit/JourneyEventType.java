package io.journeydsl.testkit;

/**
 * The kinds of journey events the fake's analytics engine counts; each one feeds one count metric of
 * the aggregates query ({@link #metric()}).
 */
public enum JourneyEventType {
  /** A web session started: {@code nJourneySessions}. */
  SESSION_STARTED("nJourneySessions"),
  /** A segment was assigned to the session: {@code nJourneySegmentsAssigned}. */
  SEGMENT_ASSIGNED("nJourneySegmentsAssigned"),
  /** An outcome was achieved: {@code nJourneyOutcomesAchieved}; its value feeds {@code oJourneyOutcomeValue}. */
  OUTCOME_ACHIEVED("nJourneyOutcomesAchieved"),
  /** An outcome was attributed: {@code nJourneyOutcomesAttributed}; its value feeds {@code oJourneyOutcomeTouchpointValue}. */
  OUTCOME_ATTRIBUTED("nJourneyOutcomesAttributed"),
  /** An action was blocked: {@code nJourneyActionsBlocked}. */
  ACTION_BLOCKED("nJourneyActionsBlocked"),
  /** A web action qualified: {@code nWebActionsQualified}. */
  ACTION_QUALIFIED("nWebActionsQualified"),
  /** A web action qualified outside its schedule: {@code nWebActionsQualifiedOutsideSchedule}. */
  ACTION_QUALIFIED_OUTSIDE_SCHEDULE("nWebActionsQualifiedOutsideSchedule"),
  /** A web action was offered: {@code nWebActionsOffered}. */
  ACTION_OFFERED("nWebActionsOffered"),
  /** A web action was offered outside its schedule: {@code nWebActionsOfferedOutsideSchedule}. */
  ACTION_OFFERED_OUTSIDE_SCHEDULE("nWebActionsOfferedOutsideSchedule"),
  /** A web action started: {@code nWebActionsStarted}. */
  ACTION_STARTED("nWebActionsStarted"),
  /** A web action was engaged: {@code nWebActionsEngaged}. */
  ACTION_ENGAGED("nWebActionsEngaged"),
  /** A web action was accepted: {@code nWebActionsAccepted}. */
  ACTION_ACCEPTED("nWebActionsAccepted"),
  /** A web action was rejected: {@code nWebActionsRejected}. */
  ACTION_REJECTED("nWebActionsRejected"),
  /** A web action was ignored: {@code nWebActionsIgnored}. */
  ACTION_IGNORED("nWebActionsIgnored"),
  /** A web action was abandoned: {@code nWebActionsAbandoned}. */
  ACTION_ABANDONED("nWebActionsAbandoned"),
  /** A web action errored: {@code nWebActionsErrored}. */
  ACTION_ERRORED("nWebActionsErrored"),
  /** A web action timed out: {@code nWebActionsTimedout}. */
  ACTION_TIMEDOUT("nWebActionsTimedout"),
  /** A web action hit its frequency cap: {@code nWebActionsFrequencyCapReached}. */
  ACTION_FREQUENCY_CAP_REACHED("nWebActionsFrequencyCapReached");

  private final String metric;

  JourneyEventType(String metric) {
    this.metric = metric;
  }

  /** The wire name of the count metric this event feeds. */
  public String metric() {
    return metric;
  }
}
