package io.journeydsl.testkit.simulator;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An outcome achieved by a visitor.
 *
 * @param outcome the outcome's display name
 * @param sessionId the session
 * @param at when
 * @param value the event's value of the outcome's {@code associatedValueField}, or {@code null}
 */
public record OutcomeAchieved(String outcome, String sessionId, Instant at, @Nullable BigDecimal value) {

  /** Validates. */
  public OutcomeAchieved {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(at, "at");
  }
}
