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
 * A criterion on a journey event key such as {@code page.url}.
 *
 * <p>Wire type {@code Criteria} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"key", "values", "shouldIgnoreCase", "operator"})
@JsonSerialize(as = ImmutableCriteria.class)
@JsonDeserialize(as = ImmutableCriteria.class)
public abstract class Criteria extends WireValue implements CriteriaCopies {
  Criteria() {}

  /** The criteria key. Required by the API. */
  public abstract @Nullable String key();

  /** The criteria values. Required by the API. */
  public abstract @Nullable List<String> values();

  /** Should criteria be case insensitive. Required by the API. */
  public abstract @Nullable Boolean shouldIgnoreCase();

  /** The comparison operator. */
  public abstract @Nullable Operator operator();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Criteria} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableCriteria.Builder {
    Builder() {}
  }
}
