package io.journeydsl.testkit.simulator;

import jakarta.annotation.Nullable;

/**
 * What Genesys' outcome prediction says about a session at one moment, given by the test because the
 * models are not public: the probability of achieving the outcome (0..1), the current quantile (0..1)
 * and the percentile (0..100, used by the deprecated percentile conditions). A missing value fails
 * every condition that needs it. The session's highest quantile ({@code sessionMaxQuantile}) is
 * computed by the simulator from the quantiles seen so far in the session.
 *
 * @param probability the probability, or {@code null}
 * @param quantile the current quantile, or {@code null}
 * @param percentile the current percentile, or {@code null}
 */
public record OutcomeScore(@Nullable Double probability, @Nullable Double quantile, @Nullable Double percentile) {

  /**
   * A probability only.
   *
   * @param probability 0..1
   * @return the score
   */
  public static OutcomeScore probability(double probability) {
    return new OutcomeScore(probability, null, null);
  }

  /**
   * A current quantile only.
   *
   * @param quantile 0..1
   * @return the score
   */
  public static OutcomeScore quantile(double quantile) {
    return new OutcomeScore(null, quantile, null);
  }

  /**
   * A current percentile only.
   *
   * @param percentile 0..100
   * @return the score
   */
  public static OutcomeScore percentile(double percentile) {
    return new OutcomeScore(null, null, percentile);
  }
}
