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
 * The statistics of one metric.
 *
 * <p>Wire type {@code AggregateMetricData} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"metric", "qualifier", "stats"})
@JsonSerialize(as = ImmutableAggregateMetricData.class)
@JsonDeserialize(as = ImmutableAggregateMetricData.class)
public abstract class AggregateMetricData extends WireValue implements AggregateMetricDataCopies {
  AggregateMetricData() {}

  /** Wire field {@code metric}: the metric these statistics are of. */
  public abstract @Nullable JourneyMetric metric();

  /** Wire field {@code qualifier}. */
  public abstract @Nullable String qualifier();

  /** Wire field {@code stats}. */
  public abstract @Nullable StatisticalSummary stats();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AggregateMetricData} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableAggregateMetricData.Builder implements AggregateMetricDataBuilderMethods {
    Builder() {}
  }
}
