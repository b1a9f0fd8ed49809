package io.journeydsl.actiontarget;

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
 * The body of an action target PATCH: absent fields stay, explicit nulls clear.
 *
 * <p>Wire type {@code PatchActionTarget} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "name", "serviceLevel", "shortAbandonThreshold", "selfUri"})
@JsonSerialize(as = ImmutablePatchActionTarget.class)
@JsonDeserialize(as = ImmutablePatchActionTarget.class)
public abstract class PatchActionTarget extends WireValue implements ExplicitNulls, PatchActionTargetCopies {
  PatchActionTarget() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** Wire field {@code name}. */
  public abstract @Nullable String name();

  /** Service Level of the action target. */
  public abstract @Nullable ServiceLevel serviceLevel();

  /** Indicates the non-default short abandon threshold. */
  public abstract @Nullable Integer shortAbandonThreshold();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

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

  /** Builds {@link PatchActionTarget} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchActionTarget.Builder implements PatchActionTargetBuilderMethods {
    Builder() {}
  }
}
