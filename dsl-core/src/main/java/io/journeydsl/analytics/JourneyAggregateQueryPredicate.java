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
 * A predicate of an aggregate query filter: dimension, operator and value or range.
 *
 * <p>Wire type {@code JourneyAggregateQueryPredicate} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"type", "dimension", "operator", "value", "range"})
@JsonSerialize(as = ImmutableJourneyAggregateQueryPredicate.class)
@JsonDeserialize(as = ImmutableJourneyAggregateQueryPredicate.class)
public abstract class JourneyAggregateQueryPredicate extends WireValue implements JourneyAggregateQueryPredicateCopies {
  JourneyAggregateQueryPredicate() {}

  /** Optional type, can usually be inferred. */
  public abstract @Nullable PredicateType type();

  /** Left hand side for dimension predicates. */
  public abstract @Nullable JourneyDimension dimension();

  /** Optional operator, default is matches. */
  public abstract @Nullable PredicateOperator operator();

  /** Right hand side for dimension predicates. */
  public abstract @Nullable String value();

  /** Right hand side for dimension predicates. */
  public abstract @Nullable NumericRange range();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyAggregateQueryPredicate} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyAggregateQueryPredicate.Builder implements JourneyAggregateQueryPredicateBuilderMethods {
    Builder() {}
  }
}
