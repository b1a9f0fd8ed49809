package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Webchat properties of an action.
 *
 * <p>Wire type {@code ActionProperties} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"webchatPrompt", "webchatTitleText", "webchatAcceptText", "webchatDeclineText", "webchatSurvey"})
@JsonSerialize(as = ImmutableActionProperties.class)
@JsonDeserialize(as = ImmutableActionProperties.class)
public abstract class ActionProperties extends WireValue implements ActionPropertiesCopies {
  ActionProperties() {}

  /** Prompt message shown to user, used for webchat type action. */
  public abstract @Nullable String webchatPrompt();

  /** Title shown to the user, used for webchat type action. */
  public abstract @Nullable String webchatTitleText();

  /** Accept button text shown to user, used for webchat type action. */
  public abstract @Nullable String webchatAcceptText();

  /** Decline button text shown to user, used for webchat type action. */
  public abstract @Nullable String webchatDeclineText();

  /** Survey provided to the user, used for webchat type action. */
  public abstract @Nullable ActionSurvey webchatSurvey();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionProperties} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionProperties.Builder implements ActionPropertiesBuilderMethods {
    Builder() {}
  }
}
