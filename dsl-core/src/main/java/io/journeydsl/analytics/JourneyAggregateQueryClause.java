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
 * A clause of an aggregate query filter.
 *
 * <p>Wire type {@code JourneyAggregateQueryClause} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"type", "predicates"})
@JsonSerialize(as = ImmutableJourneyAggregateQueryClause.class)
@JsonDeserialize(as = ImmutableJourneyAggregateQueryClause.class)
public abstract class JourneyAggregateQueryClause extends WireValue implements JourneyAggregateQueryClauseCopies {
  JourneyAggregateQueryClause() {}

  /** Boolean operation to apply to the provided predicates. Required by the API. */
  public abstract @Nullable FilterType type();

  /** Predicates: (attribute-name) (operator) (target-value). Required by the API. */
  public abstract @Nullable List<JourneyAggregateQueryPredicate> predicates();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyAggregateQueryClause} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyAggregateQueryClause.Builder {
    Builder() {}
  }
}
