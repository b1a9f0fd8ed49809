package io.journeydsl.segment;

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
 * Details of an entity corresponding to a segment in an external system.
 *
 * <p>Wire type {@code ExternalSegment} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "name", "source"})
@JsonSerialize(as = ImmutableExternalSegment.class)
@JsonDeserialize(as = ImmutableExternalSegment.class)
public abstract class ExternalSegment extends WireValue implements ExternalSegmentCopies {
  ExternalSegment() {}

  /** Identifier for the external segment in the system where it originates from. Required by the API. */
  public abstract @Nullable String id();

  /** Name for the external segment in the system where it originates from. Required by the API. */
  public abstract @Nullable String name();

  /** The external system where the segment originates from. Required by the API. */
  public abstract @Nullable ExternalSegmentSource source();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExternalSegment} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableExternalSegment.Builder {
    Builder() {}
  }
}
