package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Quantile condition on an outcome score (thresholds 0.00 to 1.00).
 *
 * <p>Wire type {@code OutcomeQuantileCondition} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"outcomeId", "maxQuantileThreshold", "fallbackQuantileThreshold"})
@JsonSerialize(as = ImmutableOutcomeQuantileCondition.class)
@JsonDeserialize(as = ImmutableOutcomeQuantileCondition.class)
public abstract class OutcomeQuantileCondition extends WireValue implements OutcomeQuantileConditionCopies {
  OutcomeQuantileCondition() {}

  /** The outcome ID. Required by the API. */
  public abstract @Nullable String outcomeId();

  /** Met when sessionMaxQuantile of the OutcomeScore is above this value (unless fallbackQuantile is set). Range 0.00-1.00. Required by the API. */
  public abstract @Nullable Float maxQuantileThreshold();

  /** If set, met when maxQuantileThreshold is met and the current quantile is below this value. Range 0.00-1.00. */
  public abstract @Nullable Float fallbackQuantileThreshold();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutcomeQuantileCondition} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableOutcomeQuantileCondition.Builder {
    Builder() {}
  }
}
