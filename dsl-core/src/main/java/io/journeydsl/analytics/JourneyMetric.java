package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * A journey aggregate metric; {@code n*} are counts, {@code o*} observations.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class JourneyMetric extends OpenEnum {
  private static final KnownValues<JourneyMetric> KNOWN = new KnownValues<>(JourneyMetric::new);

  /** {@code nDistinctJourneyActions} */
  public static final JourneyMetric N_DISTINCT_JOURNEY_ACTIONS = KNOWN.add("nDistinctJourneyActions");

  /** {@code nDistinctJourneySessions} */
  public static final JourneyMetric N_DISTINCT_JOURNEY_SESSIONS = KNOWN.add("nDistinctJourneySessions");

  /** {@code nJourneyActionsBlocked} */
  public static final JourneyMetric N_JOURNEY_ACTIONS_BLOCKED = KNOWN.add("nJourneyActionsBlocked");

  /** {@code nJourneyOutcomesAchieved} */
  public static final JourneyMetric N_JOURNEY_OUTCOMES_ACHIEVED = KNOWN.add("nJourneyOutcomesAchieved");

  /** {@code nJourneyOutcomesAttributed} */
  public static final JourneyMetric N_JOURNEY_OUTCOMES_ATTRIBUTED = KNOWN.add("nJourneyOutcomesAttributed");

  /** {@code nJourneySegmentsAssigned} */
  public static final JourneyMetric N_JOURNEY_SEGMENTS_ASSIGNED = KNOWN.add("nJourneySegmentsAssigned");

  /** {@code nJourneySessions} */
  public static final JourneyMetric N_JOURNEY_SESSIONS = KNOWN.add("nJourneySessions");

  /** {@code nWebActionsAbandoned} */
  public static final JourneyMetric N_WEB_ACTIONS_ABANDONED = KNOWN.add("nWebActionsAbandoned");

  /** {@code nWebActionsAccepted} */
  public static final JourneyMetric N_WEB_ACTIONS_ACCEPTED = KNOWN.add("nWebActionsAccepted");

  /** {@code nWebActionsEngaged} */
  public static final JourneyMetric N_WEB_ACTIONS_ENGAGED = KNOWN.add("nWebActionsEngaged");

  /** {@code nWebActionsErrored} */
  public static final JourneyMetric N_WEB_ACTIONS_ERRORED = KNOWN.add("nWebActionsErrored");

  /** {@code nWebActionsFrequencyCapReached} */
  public static final JourneyMetric N_WEB_ACTIONS_FREQUENCY_CAP_REACHED = KNOWN.add("nWebActionsFrequencyCapReached");

  /** {@code nWebActionsIgnored} */
  public static final JourneyMetric N_WEB_ACTIONS_IGNORED = KNOWN.add("nWebActionsIgnored");

  /** {@code nWebActionsOffered} */
  public static final JourneyMetric N_WEB_ACTIONS_OFFERED = KNOWN.add("nWebActionsOffered");

  /** {@code nWebActionsOfferedOutsideSchedule} */
  public static final JourneyMetric N_WEB_ACTIONS_OFFERED_OUTSIDE_SCHEDULE = KNOWN.add("nWebActionsOfferedOutsideSchedule");

  /** {@code nWebActionsQualified} */
  public static final JourneyMetric N_WEB_ACTIONS_QUALIFIED = KNOWN.add("nWebActionsQualified");

  /** {@code nWebActionsQualifiedOutsideSchedule} */
  public static final JourneyMetric N_WEB_ACTIONS_QUALIFIED_OUTSIDE_SCHEDULE = KNOWN.add("nWebActionsQualifiedOutsideSchedule");

  /** {@code nWebActionsRejected} */
  public static final JourneyMetric N_WEB_ACTIONS_REJECTED = KNOWN.add("nWebActionsRejected");

  /** {@code nWebActionsStarted} */
  public static final JourneyMetric N_WEB_ACTIONS_STARTED = KNOWN.add("nWebActionsStarted");

  /** {@code nWebActionsTimedout} */
  public static final JourneyMetric N_WEB_ACTIONS_TIMEDOUT = KNOWN.add("nWebActionsTimedout");

  /** {@code oJourneyOutcomeTouchpointValue} */
  public static final JourneyMetric O_JOURNEY_OUTCOME_TOUCHPOINT_VALUE = KNOWN.add("oJourneyOutcomeTouchpointValue");

  /** {@code oJourneyOutcomeValue} */
  public static final JourneyMetric O_JOURNEY_OUTCOME_VALUE = KNOWN.add("oJourneyOutcomeValue");

  private JourneyMetric(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static JourneyMetric of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<JourneyMetric> knownValues() {
    return KNOWN.values();
  }
}
