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
 * Styling of a content offer in an action template PATCH.
 *
 * <p>Wire type {@code PatchContentOfferStylingConfiguration} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"position", "offer", "closeButton", "ctaButton", "title", "headline", "body"})
@JsonSerialize(as = ImmutablePatchContentOfferStylingConfiguration.class)
@JsonDeserialize(as = ImmutablePatchContentOfferStylingConfiguration.class)
public abstract class PatchContentOfferStylingConfiguration extends WireValue implements ExplicitNulls, PatchContentOfferStylingConfigurationCopies {
  PatchContentOfferStylingConfiguration() {}

  /** Properties for customizing the positioning of the content offer. */
  public abstract @Nullable PatchContentPositionProperties position();

  /** Properties for customizing the appearance of the content offer. */
  public abstract @Nullable PatchContentOfferStyleProperties offer();

  /** Properties for customizing the appearance of the close button. */
  public abstract @Nullable PatchCloseButtonStyleProperties closeButton();

  /** Properties for customizing the appearance of the CTA button. */
  public abstract @Nullable PatchCtaButtonStyleProperties ctaButton();

  /** Properties for customizing the appearance of the title text. */
  public abstract @Nullable PatchTextStyleProperties title();

  /** Properties for customizing the appearance of the headline text. */
  public abstract @Nullable PatchTextStyleProperties headline();

  /** Properties for customizing the appearance of the body text. */
  public abstract @Nullable PatchTextStyleProperties body();

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

  /** Builds {@link PatchContentOfferStylingConfiguration} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchContentOfferStylingConfiguration.Builder implements PatchContentOfferStylingConfigurationBuilderMethods {
    Builder() {}
  }
}
