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
 * Appearance of the close button of a content offer.
 *
 * <p>Wire type {@code CloseButtonStyleProperties} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"color", "opacity"})
@JsonSerialize(as = ImmutableCloseButtonStyleProperties.class)
@JsonDeserialize(as = ImmutableCloseButtonStyleProperties.class)
public abstract class CloseButtonStyleProperties extends WireValue implements CloseButtonStylePropertiesCopies {
  CloseButtonStyleProperties() {}

  /** Color of button (e.g. #FF0000). */
  public abstract @Nullable String color();

  /** Opacity of button. */
  public abstract @Nullable Float opacity();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CloseButtonStyleProperties} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableCloseButtonStyleProperties.Builder {
    Builder() {}
  }
}
