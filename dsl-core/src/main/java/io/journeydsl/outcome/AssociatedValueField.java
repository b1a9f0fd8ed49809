package io.journeydsl.outcome;

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
 * The field of an event holding the value associated with an outcome.
 *
 * <p>Wire type {@code AssociatedValueField} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"dataType", "name"})
@JsonSerialize(as = ImmutableAssociatedValueField.class)
@JsonDeserialize(as = ImmutableAssociatedValueField.class)
public abstract class AssociatedValueField extends WireValue implements AssociatedValueFieldCopies {
  AssociatedValueField() {}

  /** The data type of the value field. Required by the API. */
  public abstract @Nullable AssociatedValueDataType dataType();

  /** The field name for extracting value from event. Required by the API. */
  public abstract @Nullable String name();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AssociatedValueField} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableAssociatedValueField.Builder {
    Builder() {}
  }
}
