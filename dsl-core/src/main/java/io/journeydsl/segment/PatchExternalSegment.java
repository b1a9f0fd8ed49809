package io.journeydsl.segment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import io.journeydsl.json.ExplicitNulls;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The external segment part of a segment PATCH: only the name may change.
 *
 * <p>Wire type {@code PatchExternalSegment} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"name"})
@JsonSerialize(as = ImmutablePatchExternalSegment.class)
@JsonDeserialize(as = ImmutablePatchExternalSegment.class)
public abstract class PatchExternalSegment extends WireValue implements ExplicitNulls, PatchExternalSegmentCopies {
  PatchExternalSegment() {}

  /** Name for the external segment in the system where it originates from. Required by the API. */
  public abstract @Nullable String name();

  /** Wire names of the fields sent as explicit {@code null}: "clear this field". */
  @Override
  @JsonProperty(ExplicitNulls.PROPERTY)
  public abstract Set<String> explicitNulls();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PatchExternalSegment} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchExternalSegment.Builder implements PatchExternalSegmentBuilderMethods {
    Builder() {}
  }
}
