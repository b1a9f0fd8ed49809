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
 * A content offer in an action template PATCH.
 *
 * <p>Wire type {@code PatchContentOffer} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"imageUrl", "displayMode", "layoutMode", "title", "headline", "body", "callToAction", "style", "imageAltText"})
@JsonSerialize(as = ImmutablePatchContentOffer.class)
@JsonDeserialize(as = ImmutablePatchContentOffer.class)
public abstract class PatchContentOffer extends WireValue implements ExplicitNulls, PatchContentOfferCopies {
  PatchContentOffer() {}

  /** URL for image displayed to the customer when displaying content offer. */
  public abstract @Nullable String imageUrl();

  /** The display mode of Genesys Widgets when displaying content offer. */
  public abstract @Nullable DisplayMode displayMode();

  /** The layout mode of the text shown to the user when displaying content offer. */
  public abstract @Nullable LayoutMode layoutMode();

  /** Title used in the header of the content offer. */
  public abstract @Nullable String title();

  /** Headline displayed above the body text of the content offer. */
  public abstract @Nullable String headline();

  /** Body text of the content offer. */
  public abstract @Nullable String body();

  /** Properties customizing the call to action button on the content offer. */
  public abstract @Nullable PatchCallToAction callToAction();

  /** Properties customizing the styling of the content offer. */
  public abstract @Nullable PatchContentOfferStylingConfiguration style();

  /** Image description text for accessibility compliance and assistive technology support (API 2025-10 and later). Newer than the 198.1.0 SDK model. */
  public abstract @Nullable String imageAltText();

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

  /** Builds {@link PatchContentOffer} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchContentOffer.Builder implements PatchContentOfferBuilderMethods {
    Builder() {}
  }
}
