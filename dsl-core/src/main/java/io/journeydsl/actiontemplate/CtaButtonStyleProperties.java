package io.journeydsl.actiontemplate;

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
 * Appearance of the call-to-action button of a content offer.
 *
 * <p>Wire type {@code CtaButtonStyleProperties} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"color", "font", "fontSize", "textAlign", "backgroundColor"})
@JsonSerialize(as = ImmutableCtaButtonStyleProperties.class)
@JsonDeserialize(as = ImmutableCtaButtonStyleProperties.class)
public abstract class CtaButtonStyleProperties extends WireValue implements CtaButtonStylePropertiesCopies {
  CtaButtonStyleProperties() {}

  /** Color of the text (e.g. #FFFFFF). */
  public abstract @Nullable String color();

  /** Font of the text (e.g. Helvetica). */
  public abstract @Nullable String font();

  /** Font size of the text (e.g. '12'). */
  public abstract @Nullable String fontSize();

  /** Text alignment. */
  public abstract @Nullable TextAlignment textAlign();

  /** Background color of the CTA button (e.g. #FF0000). */
  public abstract @Nullable String backgroundColor();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CtaButtonStyleProperties} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableCtaButtonStyleProperties.Builder {
    Builder() {}
  }
}
