package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.MediaType;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import io.journeydsl.json.ExplicitNulls;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The action part of an action map PATCH; {@code mediaType} is required.
 *
 * <p>Wire type {@code PatchAction} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"mediaType", "actionTemplate", "actionTargetId", "isPacingEnabled", "props", "architectFlowFields", "webMessagingOfferFields", "openActionFields"})
@JsonSerialize(as = ImmutablePatchAction.class)
@JsonDeserialize(as = ImmutablePatchAction.class)
public abstract class PatchAction extends WireValue implements ExplicitNulls, PatchActionCopies {
  PatchAction() {}

  /** Media type of action. Required by the API. */
  public abstract @Nullable MediaType mediaType();

  /** Action template associated with the action map (contentOffer). */
  public abstract @Nullable ActionMapActionTemplate actionTemplate();

  /** Action target ID. */
  public abstract @Nullable String actionTargetId();

  /** Whether this action should be throttled. */
  public abstract @Nullable Boolean isPacingEnabled();

  /** Additional properties (webchat). */
  public abstract @Nullable PatchActionProperties props();

  /** Architect Flow Id and input contract (architectFlow). */
  public abstract @Nullable ArchitectFlowFields architectFlowFields();

  /** Admin-configurable fields of a web messaging offer action. */
  public abstract @Nullable PatchWebMessagingOfferFields webMessagingOfferFields();

  /** Admin-configurable fields of an open action. */
  public abstract @Nullable OpenActionFields openActionFields();

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

  /** Builds {@link PatchAction} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchAction.Builder implements PatchActionBuilderMethods {
    Builder() {}
  }
}
