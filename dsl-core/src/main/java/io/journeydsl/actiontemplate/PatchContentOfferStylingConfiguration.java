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
public abstract class PatchContentOfferStylingConfiguration implements ExplicitNulls {
  PatchContentOfferStylingConfiguration() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

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
  public static final class Builder extends ImmutablePatchContentOfferStylingConfiguration.Builder {
    Builder() {}

    /** Sets {@code position} from a builder lambda. */
    public final Builder position(Consumer<PatchContentPositionProperties.Builder> spec) {
      PatchContentPositionProperties.Builder nested = PatchContentPositionProperties.builder();
      spec.accept(nested);
      return position(nested.build());
    }

    /** Sends {@code "position": null}, which clears the field on the server. */
    public final Builder clearPosition() {
      position((PatchContentPositionProperties) null);
      addExplicitNull("position");
      return this;
    }

    /** Sets {@code offer} from a builder lambda. */
    public final Builder offer(Consumer<PatchContentOfferStyleProperties.Builder> spec) {
      PatchContentOfferStyleProperties.Builder nested = PatchContentOfferStyleProperties.builder();
      spec.accept(nested);
      return offer(nested.build());
    }

    /** Sends {@code "offer": null}, which clears the field on the server. */
    public final Builder clearOffer() {
      offer((PatchContentOfferStyleProperties) null);
      addExplicitNull("offer");
      return this;
    }

    /** Sets {@code closeButton} from a builder lambda. */
    public final Builder closeButton(Consumer<PatchCloseButtonStyleProperties.Builder> spec) {
      PatchCloseButtonStyleProperties.Builder nested = PatchCloseButtonStyleProperties.builder();
      spec.accept(nested);
      return closeButton(nested.build());
    }

    /** Sends {@code "closeButton": null}, which clears the field on the server. */
    public final Builder clearCloseButton() {
      closeButton((PatchCloseButtonStyleProperties) null);
      addExplicitNull("closeButton");
      return this;
    }

    /** Sets {@code ctaButton} from a builder lambda. */
    public final Builder ctaButton(Consumer<PatchCtaButtonStyleProperties.Builder> spec) {
      PatchCtaButtonStyleProperties.Builder nested = PatchCtaButtonStyleProperties.builder();
      spec.accept(nested);
      return ctaButton(nested.build());
    }

    /** Sends {@code "ctaButton": null}, which clears the field on the server. */
    public final Builder clearCtaButton() {
      ctaButton((PatchCtaButtonStyleProperties) null);
      addExplicitNull("ctaButton");
      return this;
    }

    /** Sets {@code title} from a builder lambda. */
    public final Builder title(Consumer<PatchTextStyleProperties.Builder> spec) {
      PatchTextStyleProperties.Builder nested = PatchTextStyleProperties.builder();
      spec.accept(nested);
      return title(nested.build());
    }

    /** Sends {@code "title": null}, which clears the field on the server. */
    public final Builder clearTitle() {
      title((PatchTextStyleProperties) null);
      addExplicitNull("title");
      return this;
    }

    /** Sets {@code headline} from a builder lambda. */
    public final Builder headline(Consumer<PatchTextStyleProperties.Builder> spec) {
      PatchTextStyleProperties.Builder nested = PatchTextStyleProperties.builder();
      spec.accept(nested);
      return headline(nested.build());
    }

    /** Sends {@code "headline": null}, which clears the field on the server. */
    public final Builder clearHeadline() {
      headline((PatchTextStyleProperties) null);
      addExplicitNull("headline");
      return this;
    }

    /** Sets {@code body} from a builder lambda. */
    public final Builder body(Consumer<PatchTextStyleProperties.Builder> spec) {
      PatchTextStyleProperties.Builder nested = PatchTextStyleProperties.builder();
      spec.accept(nested);
      return body(nested.build());
    }

    /** Sends {@code "body": null}, which clears the field on the server. */
    public final Builder clearBody() {
      body((PatchTextStyleProperties) null);
      addExplicitNull("body");
      return this;
    }
  }
}
