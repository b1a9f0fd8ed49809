package io.journeydsl.actionmap;

import io.journeydsl.JourneyDslException;
import io.journeydsl.Ref;
import io.journeydsl.internal.Args;
import io.journeydsl.outcome.Outcome;

/**
 * The outcome conditions of an action map, named by what they mean rather than by the wire's field
 * names, which are easy to misread: the wire's {@code maximumProbability} is a <em>lower</em> bound
 * and its {@code probability} an <em>upper</em> one.
 *
 * <pre>{@code
 * likelihood(purchase).atLeast(0.6f)                 // {"outcomeId":..,"maximumProbability":0.6}
 * likelihood(purchase).between(0.6f, 0.9f)           // .. "maximumProbability":0.6,"probability":0.9
 * quantile(purchase).peakAbove(0.8f)                 // {"outcomeId":..,"maxQuantileThreshold":0.8}
 * quantile(purchase).peakAboveNowBelow(0.8f, 0.5f)   // .. "fallbackQuantileThreshold":0.5
 * percentile(purchase).atLeast(70f)                  // {"outcomeId":..,"maximumPercentile":70.0}
 * }</pre>
 *
 * <p>Probabilities and quantiles are between 0 and 1 (the API gives no range for percentiles, so
 * they need only be finite and not negative), and a pair of bounds must leave room for the
 * condition to be met; both are checked here, with a {@link JourneyDslException} naming the bound.
 */
public final class OutcomeConditions {
  private OutcomeConditions() {}

  /** Conditions on the visitor's likelihood (probability) of achieving {@code outcome}. */
  public static Likelihood likelihood(Ref<Outcome> outcome) {
    return new Likelihood(Args.requireNonNull(outcome, "outcome"));
  }

  /** Conditions on the quantile of the visitor's score for {@code outcome} among all visitors. */
  public static Quantile quantile(Ref<Outcome> outcome) {
    return new Quantile(Args.requireNonNull(outcome, "outcome"));
  }

  /**
   * Conditions on the percentile of the visitor's score for {@code outcome}; the API deprecates
   * percentile conditions in favour of {@link #quantile(Ref) quantile} conditions.
   */
  public static Percentile percentile(Ref<Outcome> outcome) {
    return new Percentile(Args.requireNonNull(outcome, "outcome"));
  }

  /**
   * Probability conditions ({@link OutcomeProbabilityCondition}) on one outcome.
   *
   * <table>
   *   <caption>DSL bound and wire field</caption>
   *   <tr><th>DSL</th><th>wire</th><th>meaning (API description)</th></tr>
   *   <tr><td>{@code atLeast}</td><td>{@code maximumProbability}</td>
   *       <td>the map triggers when the probability is at or above it</td></tr>
   *   <tr><td>{@code atMost}</td><td>{@code probability}</td>
   *       <td>if set, the current probability must also be lower than or equal to it</td></tr>
   * </table>
   */
  public static final class Likelihood {
    private final Ref<Outcome> outcome;

    private Likelihood(Ref<Outcome> outcome) {
      this.outcome = outcome;
    }

    /**
     * Triggers when the likelihood is at or above {@code atLeast}.
     *
     * @param atLeast the lower bound, 0..1 (wire {@code maximumProbability})
     */
    public OutcomeProbabilityCondition atLeast(float atLeast) {
      return OutcomeProbabilityCondition.builder().outcomeId(outcome.wire())
          .maximumProbability(unit(atLeast, "likelihood atLeast")).build();
    }

    /**
     * Triggers when the likelihood is at or above {@code atLeast} and at or below {@code atMost}.
     *
     * @param atLeast the lower bound, 0..1 (wire {@code maximumProbability})
     * @param atMost the upper bound, 0..1, not below {@code atLeast} (wire {@code probability})
     */
    public OutcomeProbabilityCondition between(float atLeast, float atMost) {
      ordered(atLeast, "likelihood atLeast", atMost, "likelihood atMost", true);
      return OutcomeProbabilityCondition.builder().outcomeId(outcome.wire())
          .maximumProbability(atLeast).probability(atMost).build();
    }
  }

  /**
   * Quantile conditions ({@link OutcomeQuantileCondition}) on one outcome.
   *
   * <table>
   *   <caption>DSL bound and wire field</caption>
   *   <tr><th>DSL</th><th>wire</th><th>meaning (API description)</th></tr>
   *   <tr><td>{@code peakAbove}</td><td>{@code maxQuantileThreshold}</td>
   *       <td>met when the session's highest quantile is above it</td></tr>
   *   <tr><td>{@code nowBelow}</td><td>{@code fallbackQuantileThreshold}</td>
   *       <td>if set, the current quantile must also be below it</td></tr>
   * </table>
   */
  public static final class Quantile {
    private final Ref<Outcome> outcome;

    private Quantile(Ref<Outcome> outcome) {
      this.outcome = outcome;
    }

    /**
     * Met when the session's highest quantile rose above {@code peakAbove}.
     *
     * @param peakAbove the threshold, 0..1 (wire {@code maxQuantileThreshold})
     */
    public OutcomeQuantileCondition peakAbove(float peakAbove) {
      return OutcomeQuantileCondition.builder().outcomeId(outcome.wire())
          .maxQuantileThreshold(unit(peakAbove, "quantile peakAbove")).build();
    }

    /**
     * Met when the session's highest quantile rose above {@code peakAbove} and the current quantile
     * has fallen back below {@code nowBelow}.
     *
     * @param peakAbove the threshold of the peak, 0..1 (wire {@code maxQuantileThreshold})
     * @param nowBelow the fallback threshold, 0..1, below {@code peakAbove} (wire {@code fallbackQuantileThreshold})
     */
    public OutcomeQuantileCondition peakAboveNowBelow(float peakAbove, float nowBelow) {
      ordered(nowBelow, "quantile nowBelow", peakAbove, "quantile peakAbove", false);
      return OutcomeQuantileCondition.builder().outcomeId(outcome.wire())
          .maxQuantileThreshold(peakAbove).fallbackQuantileThreshold(nowBelow).build();
    }
  }

  /**
   * Percentile conditions ({@link OutcomePercentileCondition}, deprecated by the API) on one outcome.
   *
   * <table>
   *   <caption>DSL bound and wire field</caption>
   *   <tr><th>DSL</th><th>wire</th><th>meaning (API description)</th></tr>
   *   <tr><td>{@code atLeast}</td><td>{@code maximumPercentile}</td>
   *       <td>the map triggers when the percentile is at or above it</td></tr>
   *   <tr><td>{@code atMost}</td><td>{@code fallbackPercentile}</td>
   *       <td>if set, the current percentile must also be lower than or equal to it</td></tr>
   * </table>
   */
  public static final class Percentile {
    private final Ref<Outcome> outcome;

    private Percentile(Ref<Outcome> outcome) {
      this.outcome = outcome;
    }

    /**
     * Triggers when the percentile is at or above {@code atLeast}.
     *
     * @param atLeast the lower bound, not negative (wire {@code maximumPercentile})
     */
    public OutcomePercentileCondition atLeast(float atLeast) {
      return OutcomePercentileCondition.builder().outcomeId(outcome.wire())
          .maximumPercentile(percent(atLeast, "percentile atLeast")).build();
    }

    /**
     * Triggers when the percentile is at or above {@code atLeast} and at or below {@code atMost}.
     *
     * @param atLeast the lower bound, not negative (wire {@code maximumPercentile})
     * @param atMost the upper bound, not below {@code atLeast} (wire {@code fallbackPercentile})
     */
    public OutcomePercentileCondition between(float atLeast, float atMost) {
      percent(atLeast, "percentile atLeast");
      percent(atMost, "percentile atMost");
      if (atLeast > atMost) {
        throw new JourneyDslException("percentile atLeast " + atLeast + " must be at most percentile atMost " + atMost);
      }
      return OutcomePercentileCondition.builder().outcomeId(outcome.wire())
          .maximumPercentile(atLeast).fallbackPercentile(atMost).build();
    }
  }

  private static float unit(float value, String what) {
    if (!(value >= 0f && value <= 1f)) {
      throw new JourneyDslException(what + " must be between 0 and 1, was " + value);
    }
    return value;
  }

  private static float percent(float value, String what) {
    if (!(value >= 0f && Float.isFinite(value))) {
      throw new JourneyDslException(what + " must be finite and not negative, was " + value);
    }
    return value;
  }

  private static void ordered(float low, String lowName, float high, String highName, boolean mayEqual) {
    unit(low, lowName);
    unit(high, highName);
    if (mayEqual ? low > high : low >= high) {
      throw new JourneyDslException(lowName + " " + low + " must be " + (mayEqual ? "at most " : "below ")
          + highName + " " + high);
    }
  }
}
