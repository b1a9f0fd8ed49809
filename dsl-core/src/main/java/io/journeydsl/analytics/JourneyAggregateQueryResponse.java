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
 * The answer of a journey aggregates query.
 *
 * <p>Wire type {@code JourneyAggregateQueryResponse} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"results"})
@JsonSerialize(as = ImmutableJourneyAggregateQueryResponse.class)
@JsonDeserialize(as = ImmutableJourneyAggregateQueryResponse.class)
public abstract class JourneyAggregateQueryResponse extends WireValue implements JourneyAggregateQueryResponseCopies {
  JourneyAggregateQueryResponse() {}

  /** Wire field {@code results}. */
  public abstract @Nullable List<JourneyAggregateDataContainer> results();

  /**
   * The results as flat, typed rows (one per group, interval and metric), in wire order; group values
   * are shown as they came.
   */
  public List<AggregateRow> rows() {
    return AggregateRow.of(this, GroupNames.NONE);
  }

  /** The results as rows, with the group values that are ids of objects named by {@code names}. */
  public List<AggregateRow> rows(GroupNames names) {
    return AggregateRow.of(this, java.util.Objects.requireNonNull(names, "names"));
  }

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyAggregateQueryResponse} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyAggregateQueryResponse.Builder {
    Builder() {}
  }
}
