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
 * The results of one group: a map from each groupBy dimension to its value.
 *
 * <p>Wire type {@code JourneyAggregateDataContainer} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"group", "data"})
@JsonSerialize(as = ImmutableJourneyAggregateDataContainer.class)
@JsonDeserialize(as = ImmutableJourneyAggregateDataContainer.class)
public abstract class JourneyAggregateDataContainer extends WireValue implements JourneyAggregateDataContainerCopies {
  JourneyAggregateDataContainer() {}

  /** A mapping from each groupBy dimension to the group's value of it. */
  public abstract @Nullable Map<JourneyDimension, String> group();

  /** Wire field {@code data}. */
  public abstract @Nullable List<StatisticalResponse> data();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyAggregateDataContainer} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyAggregateDataContainer.Builder {
    Builder() {}
  }
}
