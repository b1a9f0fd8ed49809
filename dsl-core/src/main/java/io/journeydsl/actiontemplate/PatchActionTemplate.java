package io.journeydsl.actiontemplate;

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
 * The body of an action template PATCH: absent fields stay, explicit nulls clear.
 *
 * <p>Wire type {@code PatchActionTemplate} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"name", "description", "version", "mediaType", "state", "contentOffer"})
@JsonSerialize(as = ImmutablePatchActionTemplate.class)
@JsonDeserialize(as = ImmutablePatchActionTemplate.class)
public abstract class PatchActionTemplate extends WireValue implements ExplicitNulls, PatchActionTemplateCopies {
  PatchActionTemplate() {}

  /** Name of the action template. Required by the API. */
  public abstract @Nullable String name();

  /** Description of the action template's functionality. */
  public abstract @Nullable String description();

  /** The version of the action template. */
  public abstract @Nullable Integer version();

  /** Media type of action described by the action template. */
  public abstract @Nullable MediaType mediaType();

  /** Whether the action template is currently active, inactive or deleted. */
  public abstract @Nullable ActionTemplateState state();

  /** Properties used to configure an action of type content offer. */
  public abstract @Nullable PatchContentOffer contentOffer();

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

  /** Builds {@link PatchActionTemplate} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchActionTemplate.Builder implements PatchActionTemplateBuilderMethods {
    Builder() {}
  }
}
