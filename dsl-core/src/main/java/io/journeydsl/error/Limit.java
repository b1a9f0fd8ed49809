package io.journeydsl.error;

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
 * The limit an error body says was reached.
 *
 * <p>Wire type {@code Limit} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"key", "namespace", "value"})
@JsonSerialize(as = ImmutableLimit.class)
@JsonDeserialize(as = ImmutableLimit.class)
public abstract class Limit extends WireValue implements LimitCopies {
  Limit() {}

  /** Wire field {@code key}. */
  public abstract @Nullable String key();

  /** Wire field {@code namespace}. */
  public abstract @Nullable LimitNamespace namespace();

  /** Wire field {@code value}. */
  public abstract @Nullable Long value();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Limit} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableLimit.Builder {
    Builder() {}
  }
}
