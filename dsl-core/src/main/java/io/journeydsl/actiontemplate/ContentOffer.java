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
 * A content offer shown to a web visitor.
 *
 * <p>Wire type {@code ContentOffer} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"imageUrl", "displayMode", "layoutMode", "title", "headline", "body", "callToAction", "style", "imageAltText"})
@JsonSerialize(as = ImmutableContentOffer.class)
@JsonDeserialize(as = ImmutableContentOffer.class)
public abstract class ContentOffer extends WireValue implements ContentOfferCopies {
  ContentOffer() {}

  /** URL for image displayed to the customer when displaying content offer. */
  public abstract @Nullable String imageUrl();

  /** The display mode of Genesys Widgets when displaying content offer. Required by the API. */
  public abstract @Nullable DisplayMode displayMode();

  /** The layout mode of the text shown to the user when displaying content offer. Required by the API. */
  public abstract @Nullable LayoutMode layoutMode();

  /** Title used in the header of the content offer. */
  public abstract @Nullable String title();

  /** Headline displayed above the body text of the content offer. */
  public abstract @Nullable String headline();

  /** Body text of the content offer. */
  public abstract @Nullable String body();

  /** Properties customizing the call to action button on the content offer. */
  public abstract @Nullable CallToAction callToAction();

  /** Properties customizing the styling of the content offer. */
  public abstract @Nullable ContentOfferStylingConfiguration style();

  /** Image description text for accessibility compliance and assistive technology support (API 2025-10 and later). Newer than the 198.1.0 SDK model. */
  public abstract @Nullable String imageAltText();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContentOffer} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableContentOffer.Builder implements ContentOfferBuilderMethods {
    Builder() {}
  }
}
