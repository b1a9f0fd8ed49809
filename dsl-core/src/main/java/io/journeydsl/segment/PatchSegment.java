package io.journeydsl.segment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.pattern.Context;
import io.journeydsl.pattern.VisitorJourney;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import io.journeydsl.json.ExplicitNulls;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of a segment PATCH: absent fields stay, explicit nulls clear.
 *
 * <p>Wire type {@code PatchSegment} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "isActive", "displayName", "version", "description", "color", "shouldDisplayToAgent", "context", "journey", "externalSegment", "assignmentExpirationDays", "selfUri", "createdDate", "modifiedDate"})
@JsonSerialize(as = ImmutablePatchSegment.class)
@JsonDeserialize(as = ImmutablePatchSegment.class)
public abstract class PatchSegment extends WireValue implements ExplicitNulls, PatchSegmentCopies {
  PatchSegment() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** Whether or not the segment is active. */
  public abstract @Nullable Boolean isActive();

  /** The display name of the segment. Required by the API. */
  public abstract @Nullable String displayName();

  /** The version of the segment. */
  public abstract @Nullable Integer version();

  /** A description of the segment. */
  public abstract @Nullable String description();

  /** The hexadecimal color value of the segment. */
  public abstract @Nullable String color();

  /** Whether or not the segment should be displayed to agent/supervisor users. */
  public abstract @Nullable Boolean shouldDisplayToAgent();

  /** The context of the segment. */
  public abstract @Nullable Context context();

  /** The pattern of rules defining the segment. */
  public abstract @Nullable VisitorJourney journey();

  /** Details of an entity corresponding to this segment in an external system. */
  public abstract @Nullable PatchExternalSegment externalSegment();

  /** Time, in days, from when the segment is assigned until it is automatically unassigned. */
  public abstract @Nullable Integer assignmentExpirationDays();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

  /** Timestamp indicating when the segment was created. */
  public abstract @Nullable Instant createdDate();

  /** Timestamp indicating when the segment was last updated. */
  public abstract @Nullable Instant modifiedDate();

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

  /** Builds {@link PatchSegment} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchSegment.Builder implements PatchSegmentBuilderMethods {
    Builder() {}
  }
}
