package io.journeydsl.actiontemplate;

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
 * Appearance of a text of a content offer in a PATCH.
 *
 * <p>Wire type {@code PatchTextStyleProperties} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"color", "font", "fontSize", "textAlign"})
@JsonSerialize(as = ImmutablePatchTextStyleProperties.class)
@JsonDeserialize(as = ImmutablePatchTextStyleProperties.class)
public abstract class PatchTextStyleProperties extends WireValue implements ExplicitNulls, PatchTextStylePropertiesCopies {
  PatchTextStyleProperties() {}

  /** Color of the text (e.g. #FFFFFF). */
  public abstract @Nullable String color();

  /** Font of the text (e.g. Helvetica). */
  public abstract @Nullable String font();

  /** Font size of the text (e.g. '12'). */
  public abstract @Nullable String fontSize();

  /** Text alignment. */
  public abstract @Nullable TextAlignment textAlign();

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

  /** Builds {@link PatchTextStyleProperties} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchTextStyleProperties.Builder implements PatchTextStylePropertiesBuilderMethods {
    Builder() {}
  }
}
