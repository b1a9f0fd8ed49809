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
 * The statistics of one view.
 *
 * <p>Wire type {@code AggregateViewData} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"name", "stats"})
@JsonSerialize(as = ImmutableAggregateViewData.class)
@JsonDeserialize(as = ImmutableAggregateViewData.class)
public abstract class AggregateViewData extends WireValue implements AggregateViewDataCopies {
  AggregateViewData() {}

  /** Wire field {@code name}. */
  public abstract @Nullable String name();

  /** Wire field {@code stats}. */
  public abstract @Nullable StatisticalSummary stats();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AggregateViewData} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableAggregateViewData.Builder implements AggregateViewDataBuilderMethods {
    Builder() {}
  }
}
