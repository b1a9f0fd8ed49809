package io.journeydsl.criteria;

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
 * A criterion on a visit context key such as {@code device.category}.
 *
 * <p>Wire type {@code EntityTypeCriteria} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"key", "values", "shouldIgnoreCase", "operator", "entityType"})
@JsonSerialize(as = ImmutableEntityTypeCriteria.class)
@JsonDeserialize(as = ImmutableEntityTypeCriteria.class)
public abstract class EntityTypeCriteria extends WireValue implements EntityTypeCriteriaCopies {
  EntityTypeCriteria() {}

  /** The criteria key. Required by the API. */
  public abstract @Nullable String key();

  /** The criteria values. Required by the API. */
  public abstract @Nullable List<String> values();

  /** Should criteria be case insensitive. Required by the API. */
  public abstract @Nullable Boolean shouldIgnoreCase();

  /** The comparison operator. */
  public abstract @Nullable Operator operator();

  /** The entity to match the pattern against. */
  public abstract @Nullable EntityType entityType();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EntityTypeCriteria} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableEntityTypeCriteria.Builder {
    Builder() {}
  }
}
