package io.journeydsl.pattern;

import io.journeydsl.criteria.EntityTypeCriteria;

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
 * A context pattern: one or more criteria on the visit, all to satisfy.
 *
 * <p>Wire type {@code ContextPattern} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"criteria"})
@JsonSerialize(as = ImmutableContextPattern.class)
@JsonDeserialize(as = ImmutableContextPattern.class)
public abstract class ContextPattern extends WireValue implements ContextPatternCopies {
  ContextPattern() {}

  /** A list of one or more criteria to satisfy. Required by the API. */
  public abstract @Nullable List<EntityTypeCriteria> criteria();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContextPattern} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableContextPattern.Builder {
    Builder() {}
  }
}
