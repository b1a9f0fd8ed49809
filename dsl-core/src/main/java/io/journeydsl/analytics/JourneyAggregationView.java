package io.journeydsl.analytics;

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
 * A custom derived metric view.
 *
 * <p>Wire type {@code JourneyAggregationView} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"target", "name", "function", "range"})
@JsonSerialize(as = ImmutableJourneyAggregationView.class)
@JsonDeserialize(as = ImmutableJourneyAggregationView.class)
public abstract class JourneyAggregationView extends WireValue implements JourneyAggregationViewCopies {
  JourneyAggregationView() {}

  /** Target metric name. Required by the API. */
  public abstract @Nullable JourneyMetric target();

  /** A unique name for this view. Must be distinct from other views and built-in metric names. Required by the API. */
  public abstract @Nullable String name();

  /** Type of view you wish to create. Required by the API. */
  public abstract @Nullable ViewFunction function();

  /** Range of numbers for slicing up data. */
  public abstract @Nullable AggregationRange range();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyAggregationView} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyAggregationView.Builder implements JourneyAggregationViewBuilderMethods {
    Builder() {}
  }
}
