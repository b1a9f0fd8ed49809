package io.journeydsl.model;

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
 * A reference to another Genesys entity by id.
 *
 * <p>Wire type {@code AddressableEntityRef} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "selfUri"})
@JsonSerialize(as = ImmutableAddressableEntityRef.class)
@JsonDeserialize(as = ImmutableAddressableEntityRef.class)
public abstract class AddressableEntityRef extends WireValue implements AddressableEntityRefCopies {
  AddressableEntityRef() {}

  /** Wire field {@code id}. */
  public abstract @Nullable String id();

  /** Wire field {@code selfUri}. */
  public abstract @Nullable String selfUri();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AddressableEntityRef} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableAddressableEntityRef.Builder {
    Builder() {}
  }
}
