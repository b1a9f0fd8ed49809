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
 * A numeric range of a predicate.
 *
 * <p>Wire type {@code NumericRange} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"gt", "gte", "lt", "lte"})
@JsonSerialize(as = ImmutableNumericRange.class)
@JsonDeserialize(as = ImmutableNumericRange.class)
public abstract class NumericRange extends WireValue implements NumericRangeCopies {
  NumericRange() {}

  /** Greater than. */
  public abstract @Nullable BigDecimal gt();

  /** Greater than or equal to. */
  public abstract @Nullable BigDecimal gte();

  /** Less than. */
  public abstract @Nullable BigDecimal lt();

  /** Less than or equal to. */
  public abstract @Nullable BigDecimal lte();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NumericRange} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableNumericRange.Builder {
    Builder() {}
  }
}
