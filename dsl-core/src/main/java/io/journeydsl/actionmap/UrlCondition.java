package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.criteria.Operator;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A URL condition a page must match for web actions to be displayable.
 *
 * <p>Wire type {@code UrlCondition} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"values", "operator"})
@JsonSerialize(as = ImmutableUrlCondition.class)
@JsonDeserialize(as = ImmutableUrlCondition.class)
public abstract class UrlCondition extends WireValue implements UrlConditionCopies {
  UrlCondition() {}

  /** The URL condition value. Required by the API. */
  public abstract @Nullable List<String> values();

  /** The comparison operator. Required by the API. */
  public abstract @Nullable Operator operator();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UrlCondition} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableUrlCondition.Builder {
    Builder() {}
  }
}
