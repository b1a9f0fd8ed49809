package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.MediaType;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.ModelStrings;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.function.Consumer;
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
public abstract class ActionMapAction {
  ActionMapAction() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

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
  public static final class Builder extends ImmutableActionMapAction.Builder {
    Builder() {}

    /** Sets {@code actionTemplate} from a builder lambda. */
    public final Builder actionTemplate(Consumer<ActionMapActionTemplate.Builder> spec) {
      ActionMapActionTemplate.Builder nested = ActionMapActionTemplate.builder();
      spec.accept(nested);
      return actionTemplate(nested.build());
    }

    /** Sets {@code props} from a builder lambda. */
    public final Builder props(Consumer<ActionProperties.Builder> spec) {
      ActionProperties.Builder nested = ActionProperties.builder();
      spec.accept(nested);
      return props(nested.build());
    }

    /** Sets {@code architectFlowFields} from a builder lambda. */
    public final Builder architectFlowFields(Consumer<ArchitectFlowFields.Builder> spec) {
      ArchitectFlowFields.Builder nested = ArchitectFlowFields.builder();
      spec.accept(nested);
      return architectFlowFields(nested.build());
    }

    /** Sets {@code webMessagingOfferFields} from a builder lambda. */
    public final Builder webMessagingOfferFields(Consumer<WebMessagingOfferFields.Builder> spec) {
      WebMessagingOfferFields.Builder nested = WebMessagingOfferFields.builder();
      spec.accept(nested);
      return webMessagingOfferFields(nested.build());
    }

    /** Sets {@code openActionFields} from a builder lambda. */
    public final Builder openActionFields(Consumer<OpenActionFields.Builder> spec) {
      OpenActionFields.Builder nested = OpenActionFields.builder();
      spec.accept(nested);
      return openActionFields(nested.build());
    }
  }
}
