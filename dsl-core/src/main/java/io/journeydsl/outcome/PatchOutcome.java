package io.journeydsl.outcome;

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
 * The body of an outcome PATCH: absent fields stay, explicit nulls clear.
 *
 * <p>Wire type {@code PatchOutcome} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "isActive", "displayName", "version", "description", "isPositive", "context", "journey", "associatedValueField", "selfUri", "createdDate", "modifiedDate"})
@JsonSerialize(as = ImmutablePatchOutcome.class)
@JsonDeserialize(as = ImmutablePatchOutcome.class)
public abstract class PatchOutcome extends WireValue implements ExplicitNulls, PatchOutcomeCopies {
  PatchOutcome() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** Whether or not the outcome is active. */
  public abstract @Nullable Boolean isActive();

  /** The display name of the outcome. Required by the API. */
  public abstract @Nullable String displayName();

  /** The version of the outcome. */
  public abstract @Nullable Integer version();

  /** A description of the outcome. */
  public abstract @Nullable String description();

  /** Whether or not the outcome is positive. */
  public abstract @Nullable Boolean isPositive();

  /** The context of the outcome. */
  public abstract @Nullable Context context();

  /** The pattern of rules defining the filter of the outcome. */
  public abstract @Nullable VisitorJourney journey();

  /** The field from the event indicating the associated value. */
  public abstract @Nullable AssociatedValueField associatedValueField();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

  /** Timestamp indicating when the outcome was created. */
  public abstract @Nullable Instant createdDate();

  /** Timestamp indicating when the outcome was last updated. */
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

  /** Builds {@link PatchOutcome} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchOutcome.Builder implements PatchOutcomeBuilderMethods {
    Builder() {}
  }
}
