package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.MediaType;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An action template: the reusable content of an action, such as a content offer.
 *
 * <p>Wire type {@code ActionTemplate} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "name", "description", "version", "mediaType", "state", "contentOffer", "selfUri", "createdDate", "modifiedDate"})
@JsonSerialize(as = ImmutableActionTemplate.class)
@JsonDeserialize(as = ImmutableActionTemplate.class)
public abstract class ActionTemplate extends WireValue implements ActionTemplateCopies {
  ActionTemplate() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** Name of the action template. Required by the API. */
  public abstract @Nullable String name();

  /** Description of the action template's functionality. */
  public abstract @Nullable String description();

  /** The version of the action template. Read-only: set by the server and ignored on input. */
  public abstract @Nullable Integer version();

  /** Media type of action described by the action template. Required by the API. */
  public abstract @Nullable MediaType mediaType();

  /** Whether the action template is currently active, inactive or deleted. Required by the API. */
  public abstract @Nullable ActionTemplateState state();

  /** Properties used to configure an action of type content offer. */
  public abstract @Nullable ContentOffer contentOffer();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

  /** Date when action template was created. Read-only: set by the server and ignored on input. */
  public abstract @Nullable Instant createdDate();

  /** Date when action template was last modified. Read-only: set by the server and ignored on input. */
  public abstract @Nullable Instant modifiedDate();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionTemplate} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionTemplate.Builder implements ActionTemplateBuilderMethods {
    Builder() {}
  }
}
