package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.MediaType;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.ModelStrings;
import io.journeydsl.json.ExplicitNulls;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
public abstract class PatchAction implements ExplicitNulls {
  PatchAction() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

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
  public static final class Builder extends ImmutablePatchAction.Builder {
    Builder() {}

    /** Sends {@code "mediaType": null}, which clears the field on the server. */
    public final Builder clearMediaType() {
      mediaType((MediaType) null);
      addExplicitNull("mediaType");
      return this;
    }

    /** Sets {@code actionTemplate} from a builder lambda. */
    public final Builder actionTemplate(Consumer<ActionMapActionTemplate.Builder> spec) {
      ActionMapActionTemplate.Builder nested = ActionMapActionTemplate.builder();
      spec.accept(nested);
      return actionTemplate(nested.build());
    }

    /** Sends {@code "actionTemplate": null}, which clears the field on the server. */
    public final Builder clearActionTemplate() {
      actionTemplate((ActionMapActionTemplate) null);
      addExplicitNull("actionTemplate");
      return this;
    }

    /** Sends {@code "actionTargetId": null}, which clears the field on the server. */
    public final Builder clearActionTargetId() {
      actionTargetId((String) null);
      addExplicitNull("actionTargetId");
      return this;
    }

    /** Sends {@code "isPacingEnabled": null}, which clears the field on the server. */
    public final Builder clearIsPacingEnabled() {
      isPacingEnabled((Boolean) null);
      addExplicitNull("isPacingEnabled");
      return this;
    }

    /** Sets {@code props} from a builder lambda. */
    public final Builder props(Consumer<PatchActionProperties.Builder> spec) {
      PatchActionProperties.Builder nested = PatchActionProperties.builder();
      spec.accept(nested);
      return props(nested.build());
    }

    /** Sends {@code "props": null}, which clears the field on the server. */
    public final Builder clearProps() {
      props((PatchActionProperties) null);
      addExplicitNull("props");
      return this;
    }

    /** Sets {@code architectFlowFields} from a builder lambda. */
    public final Builder architectFlowFields(Consumer<ArchitectFlowFields.Builder> spec) {
      ArchitectFlowFields.Builder nested = ArchitectFlowFields.builder();
      spec.accept(nested);
      return architectFlowFields(nested.build());
    }

    /** Sends {@code "architectFlowFields": null}, which clears the field on the server. */
    public final Builder clearArchitectFlowFields() {
      architectFlowFields((ArchitectFlowFields) null);
      addExplicitNull("architectFlowFields");
      return this;
    }

    /** Sets {@code webMessagingOfferFields} from a builder lambda. */
    public final Builder webMessagingOfferFields(Consumer<PatchWebMessagingOfferFields.Builder> spec) {
      PatchWebMessagingOfferFields.Builder nested = PatchWebMessagingOfferFields.builder();
      spec.accept(nested);
      return webMessagingOfferFields(nested.build());
    }

    /** Sends {@code "webMessagingOfferFields": null}, which clears the field on the server. */
    public final Builder clearWebMessagingOfferFields() {
      webMessagingOfferFields((PatchWebMessagingOfferFields) null);
      addExplicitNull("webMessagingOfferFields");
      return this;
    }

    /** Sets {@code openActionFields} from a builder lambda. */
    public final Builder openActionFields(Consumer<OpenActionFields.Builder> spec) {
      OpenActionFields.Builder nested = OpenActionFields.builder();
      spec.accept(nested);
      return openActionFields(nested.build());
    }

    /** Sends {@code "openActionFields": null}, which clears the field on the server. */
    public final Builder clearOpenActionFields() {
      openActionFields((OpenActionFields) null);
      addExplicitNull("openActionFields");
      return this;
    }
  }
}
