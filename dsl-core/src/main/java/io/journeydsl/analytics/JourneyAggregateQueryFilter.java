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
 * A filter of an aggregate query: predicates and clauses joined by {@code and}/{@code or}.
 *
 * <p>Wire type {@code JourneyAggregateQueryFilter} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"type", "clauses", "predicates"})
@JsonSerialize(as = ImmutableJourneyAggregateQueryFilter.class)
@JsonDeserialize(as = ImmutableJourneyAggregateQueryFilter.class)
public abstract class JourneyAggregateQueryFilter extends WireValue implements JourneyAggregateQueryFilterCopies {
  JourneyAggregateQueryFilter() {}

  /** Boolean operation to apply to the provided predicates and clauses. Required by the API. */
  public abstract @Nullable FilterType type();

  /** Boolean and/or logic with up to two levels of nesting. */
  public abstract @Nullable List<JourneyAggregateQueryClause> clauses();

  /** Predicates: (attribute-name) (operator) (target-value). */
  public abstract @Nullable List<JourneyAggregateQueryPredicate> predicates();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyAggregateQueryFilter} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyAggregateQueryFilter.Builder {
    Builder() {}
  }
}
