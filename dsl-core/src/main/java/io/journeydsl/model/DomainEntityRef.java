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
 * A reference to another Genesys entity by id, with its name.
 *
 * <p>Wire type {@code DomainEntityRef} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "name", "selfUri"})
@JsonSerialize(as = ImmutableDomainEntityRef.class)
@JsonDeserialize(as = ImmutableDomainEntityRef.class)
public abstract class DomainEntityRef extends WireValue implements DomainEntityRefCopies {
  DomainEntityRef() {}

  /** Wire field {@code id}. */
  public abstract @Nullable String id();

  /** Wire field {@code name}. */
  public abstract @Nullable String name();

  /** Wire field {@code selfUri}. */
  public abstract @Nullable String selfUri();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DomainEntityRef} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableDomainEntityRef.Builder {
    Builder() {}
  }
}
