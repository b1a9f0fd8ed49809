package io.journeydsl.actiontarget;

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
 * Free-form user data of an action target.
 *
 * <p>Wire type {@code KeyValue} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"key", "value"})
@JsonSerialize(as = ImmutableKeyValue.class)
@JsonDeserialize(as = ImmutableKeyValue.class)
public abstract class KeyValue extends WireValue implements KeyValueCopies {
  KeyValue() {}

  /** Key for free-form data. Required by the API. */
  public abstract @Nullable String key();

  /** Value for free-form data. Required by the API. */
  public abstract @Nullable String value();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KeyValue} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableKeyValue.Builder {
    Builder() {}
  }
}
