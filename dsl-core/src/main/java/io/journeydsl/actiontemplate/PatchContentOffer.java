package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.ModelStrings;
import io.journeydsl.json.ExplicitNulls;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
public abstract class PatchContentOffer implements ExplicitNulls {
  PatchContentOffer() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

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
  public static final class Builder extends ImmutablePatchContentOffer.Builder {
    Builder() {}

    /** Sends {@code "imageUrl": null}, which clears the field on the server. */
    public final Builder clearImageUrl() {
      imageUrl((String) null);
      addExplicitNull("imageUrl");
      return this;
    }

    /** Sends {@code "displayMode": null}, which clears the field on the server. */
    public final Builder clearDisplayMode() {
      displayMode((DisplayMode) null);
      addExplicitNull("displayMode");
      return this;
    }

    /** Sends {@code "layoutMode": null}, which clears the field on the server. */
    public final Builder clearLayoutMode() {
      layoutMode((LayoutMode) null);
      addExplicitNull("layoutMode");
      return this;
    }

    /** Sends {@code "title": null}, which clears the field on the server. */
    public final Builder clearTitle() {
      title((String) null);
      addExplicitNull("title");
      return this;
    }

    /** Sends {@code "headline": null}, which clears the field on the server. */
    public final Builder clearHeadline() {
      headline((String) null);
      addExplicitNull("headline");
      return this;
    }

    /** Sends {@code "body": null}, which clears the field on the server. */
    public final Builder clearBody() {
      body((String) null);
      addExplicitNull("body");
      return this;
    }

    /** Sets {@code callToAction} from a builder lambda. */
    public final Builder callToAction(Consumer<PatchCallToAction.Builder> spec) {
      PatchCallToAction.Builder nested = PatchCallToAction.builder();
      spec.accept(nested);
      return callToAction(nested.build());
    }

    /** Sends {@code "callToAction": null}, which clears the field on the server. */
    public final Builder clearCallToAction() {
      callToAction((PatchCallToAction) null);
      addExplicitNull("callToAction");
      return this;
    }

    /** Sets {@code style} from a builder lambda. */
    public final Builder style(Consumer<PatchContentOfferStylingConfiguration.Builder> spec) {
      PatchContentOfferStylingConfiguration.Builder nested = PatchContentOfferStylingConfiguration.builder();
      spec.accept(nested);
      return style(nested.build());
    }

    /** Sends {@code "style": null}, which clears the field on the server. */
    public final Builder clearStyle() {
      style((PatchContentOfferStylingConfiguration) null);
      addExplicitNull("style");
      return this;
    }

    /** Sends {@code "imageAltText": null}, which clears the field on the server. */
    public final Builder clearImageAltText() {
      imageAltText((String) null);
      addExplicitNull("imageAltText");
      return this;
    }
  }
}
