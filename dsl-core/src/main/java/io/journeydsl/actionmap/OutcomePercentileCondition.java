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
 * Deprecated percentile condition on an outcome; use quantile conditions.
 *
 * <p>Wire type {@code OutcomePercentileCondition} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"outcomeId", "maximumPercentile", "fallbackPercentile"})
@JsonSerialize(as = ImmutableOutcomePercentileCondition.class)
@JsonDeserialize(as = ImmutableOutcomePercentileCondition.class)
public abstract class OutcomePercentileCondition extends WireValue implements OutcomePercentileConditionCopies {
  OutcomePercentileCondition() {}

  /** The outcome ID. Required by the API. */
  public abstract @Nullable String outcomeId();

  /** Percentile value for the selected outcome, at or above which the action map will trigger. Required by the API. */
  public abstract @Nullable Float maximumPercentile();

  /** Additional percentile condition, where if set, the action map will trigger if the current outcome percentile is lower or equal to the value. */
  public abstract @Nullable Float fallbackPercentile();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutcomePercentileCondition} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableOutcomePercentileCondition.Builder {
    Builder() {}
  }
}
