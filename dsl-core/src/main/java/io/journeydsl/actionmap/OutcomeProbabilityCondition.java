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
 * Triggers when an outcome's probability is at or above {@code maximumProbability} (and, if set, at or below {@code probability}).
 *
 * <p>Wire type {@code OutcomeProbabilityCondition} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"outcomeId", "maximumProbability", "probability"})
@JsonSerialize(as = ImmutableOutcomeProbabilityCondition.class)
@JsonDeserialize(as = ImmutableOutcomeProbabilityCondition.class)
public abstract class OutcomeProbabilityCondition extends WireValue implements OutcomeProbabilityConditionCopies {
  OutcomeProbabilityCondition() {}

  /** The outcome ID. Required by the API. */
  public abstract @Nullable String outcomeId();

  /** Probability value for the selected outcome at or above which the action map will trigger. Required by the API. */
  public abstract @Nullable Float maximumProbability();

  /** Additional probability condition, where if set, the action map will trigger if the current outcome probability is lower or equal to the value. */
  public abstract @Nullable Float probability();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutcomeProbabilityCondition} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableOutcomeProbabilityCondition.Builder {
    Builder() {}
  }
}
