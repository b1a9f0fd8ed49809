package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.OutcomeScore;

/**
 * A compiled outcome trigger of an action map, read as the API describes each field:
 * probability: met when the probability is at or above {@code maximumProbability} and, if
 * {@code probability} is set, at or below it; quantile: met when the session's highest quantile is
 * above {@code maxQuantileThreshold} and, if {@code fallbackQuantileThreshold} is set, the current
 * quantile is below it; percentile (deprecated): at or above {@code maximumPercentile} and, if set, at
 * or below {@code fallbackPercentile}.
 */
record OutcomeCondition(Kind kind, String outcomeName, String outcomeId, Float bound, Float second) {

  enum Kind { PROBABILITY, QUANTILE, PERCENTILE }

  /** Whether the condition holds for the current score and the session's highest quantile so far. */
  boolean test(OutcomeScore score, Double sessionMaxQuantile) {
    if (score == null || bound == null) {
      return false;
    }
    switch (kind) {
      case PROBABILITY: {
        Double p = score.probability();
        return p != null && p >= bound && (second == null || p <= second);
      }
      case QUANTILE: {
        Double q = score.quantile();
        return sessionMaxQuantile != null && sessionMaxQuantile > bound
            && (second == null || q != null && q < second);
      }
      default: {
        Double p = score.percentile();
        return p != null && p >= bound && (second == null || p <= second);
      }
    }
  }

  @Override
  public String toString() {
    return switch (kind) {
      case PROBABILITY -> "probability of '" + outcomeName + "' at least " + bound + (second == null ? "" : " and at most " + second);
      case QUANTILE -> "session's highest quantile of '" + outcomeName + "' above " + bound
          + (second == null ? "" : " and current quantile below " + second);
      case PERCENTILE -> "percentile of '" + outcomeName + "' at least " + bound + (second == null ? "" : " and at most " + second);
    };
  }
}
