package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The range of a {@code rangeBound} view: {@code gte} inclusive, {@code lt} exclusive.
 *
 * <p>Wire type {@code AggregationRange} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"gte", "lt"})
@JsonSerialize(as = ImmutableAggregationRange.class)
@JsonDeserialize(as = ImmutableAggregationRange.class)
public abstract class AggregationRange extends WireValue implements AggregationRangeCopies {
  AggregationRange() {}

  /** Greater than or equal to. */
  public abstract @Nullable BigDecimal gte();

  /** Less than. */
  public abstract @Nullable BigDecimal lt();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AggregationRange} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableAggregationRange.Builder {
    Builder() {}
  }
}
