package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The metrics and views of one granularity bucket.
 *
 * <p>Wire type {@code StatisticalResponse} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"interval", "metrics", "views"})
@JsonSerialize(as = ImmutableStatisticalResponse.class)
@JsonDeserialize(as = ImmutableStatisticalResponse.class)
public abstract class StatisticalResponse extends WireValue implements StatisticalResponseCopies {
  StatisticalResponse() {}

  /** Wire field {@code interval}. */
  public abstract @Nullable String interval();

  /** Wire field {@code metrics}. */
  public abstract @Nullable List<AggregateMetricData> metrics();

  /** Wire field {@code views}. */
  public abstract @Nullable List<AggregateViewData> views();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatisticalResponse} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableStatisticalResponse.Builder {
    Builder() {}
  }
}
