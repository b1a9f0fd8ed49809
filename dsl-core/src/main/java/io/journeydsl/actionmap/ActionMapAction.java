package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.MediaType;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The action an action map executes; which fields apply depends on {@code mediaType}.
 *
 * <p>Wire type {@code ActionMapAction} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"actionTemplate", "mediaType", "actionTargetId", "isPacingEnabled", "props", "architectFlowFields", "webMessagingOfferFields", "openActionFields"})
@JsonSerialize(as = ImmutableActionMapAction.class)
@JsonDeserialize(as = ImmutableActionMapAction.class)
public abstract class ActionMapAction extends WireValue implements ActionMapActionCopies {
  ActionMapAction() {}

  /** Action template associated with the action map (contentOffer). */
  public abstract @Nullable ActionMapActionTemplate actionTemplate();

  /** Media type of action. */
  public abstract @Nullable MediaType mediaType();

  /** Action target ID. */
  public abstract @Nullable String actionTargetId();

  /** Whether this action should be throttled. */
  public abstract @Nullable Boolean isPacingEnabled();

  /** Additional properties (webchat). */
  public abstract @Nullable ActionProperties props();

  /** Architect Flow Id and input contract (architectFlow). */
  public abstract @Nullable ArchitectFlowFields architectFlowFields();

  /** Admin-configurable fields of a web messaging offer action. */
  public abstract @Nullable WebMessagingOfferFields webMessagingOfferFields();

  /** Admin-configurable fields of an open action. */
  public abstract @Nullable OpenActionFields openActionFields();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionMapAction} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionMapAction.Builder implements ActionMapActionBuilderMethods {
    Builder() {}
  }
}
