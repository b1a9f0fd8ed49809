package io.journeydsl.actionmap;

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
 * Webchat properties in an action map PATCH.
 *
 * <p>Wire type {@code PatchActionProperties} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"webchatPrompt", "webchatTitleText", "webchatAcceptText", "webchatDeclineText", "webchatSurvey"})
@JsonSerialize(as = ImmutablePatchActionProperties.class)
@JsonDeserialize(as = ImmutablePatchActionProperties.class)
public abstract class PatchActionProperties extends WireValue implements ExplicitNulls, PatchActionPropertiesCopies {
  PatchActionProperties() {}

  /** Prompt message shown to user, used for webchat type action. */
  public abstract @Nullable String webchatPrompt();

  /** Title shown to the user, used for webchat type action. */
  public abstract @Nullable String webchatTitleText();

  /** Accept button text shown to user, used for webchat type action. */
  public abstract @Nullable String webchatAcceptText();

  /** Decline button text shown to user, used for webchat type action. */
  public abstract @Nullable String webchatDeclineText();

  /** Survey provided to the user, used for webchat type action. */
  public abstract @Nullable PatchActionSurvey webchatSurvey();

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

  /** Builds {@link PatchActionProperties} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchActionProperties.Builder implements PatchActionPropertiesBuilderMethods {
    Builder() {}
  }
}
