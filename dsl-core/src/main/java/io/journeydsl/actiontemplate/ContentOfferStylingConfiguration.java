package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.ModelStrings;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Styling of a content offer.
 *
 * <p>Wire type {@code ContentOfferStylingConfiguration} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"position", "offer", "closeButton", "ctaButton", "title", "headline", "body"})
@JsonSerialize(as = ImmutableContentOfferStylingConfiguration.class)
@JsonDeserialize(as = ImmutableContentOfferStylingConfiguration.class)
public abstract class ContentOfferStylingConfiguration {
  ContentOfferStylingConfiguration() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

  /** Properties for customizing the positioning of the content offer. */
  public abstract @Nullable ContentPositionProperties position();

  /** Properties for customizing the appearance of the content offer. */
  public abstract @Nullable ContentOfferStyleProperties offer();

  /** Properties for customizing the appearance of the close button. */
  public abstract @Nullable CloseButtonStyleProperties closeButton();

  /** Properties for customizing the appearance of the CTA button. */
  public abstract @Nullable CtaButtonStyleProperties ctaButton();

  /** Properties for customizing the appearance of the title text. */
  public abstract @Nullable TextStyleProperties title();

  /** Properties for customizing the appearance of the headline text. */
  public abstract @Nullable TextStyleProperties headline();

  /** Properties for customizing the appearance of the body text. */
  public abstract @Nullable TextStyleProperties body();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContentOfferStylingConfiguration} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableContentOfferStylingConfiguration.Builder {
    Builder() {}

    /** Sets {@code position} from a builder lambda. */
    public final Builder position(Consumer<ContentPositionProperties.Builder> spec) {
      ContentPositionProperties.Builder nested = ContentPositionProperties.builder();
      spec.accept(nested);
      return position(nested.build());
    }

    /** Sets {@code offer} from a builder lambda. */
    public final Builder offer(Consumer<ContentOfferStyleProperties.Builder> spec) {
      ContentOfferStyleProperties.Builder nested = ContentOfferStyleProperties.builder();
      spec.accept(nested);
      return offer(nested.build());
    }

    /** Sets {@code closeButton} from a builder lambda. */
    public final Builder closeButton(Consumer<CloseButtonStyleProperties.Builder> spec) {
      CloseButtonStyleProperties.Builder nested = CloseButtonStyleProperties.builder();
      spec.accept(nested);
      return closeButton(nested.build());
    }

    /** Sets {@code ctaButton} from a builder lambda. */
    public final Builder ctaButton(Consumer<CtaButtonStyleProperties.Builder> spec) {
      CtaButtonStyleProperties.Builder nested = CtaButtonStyleProperties.builder();
      spec.accept(nested);
      return ctaButton(nested.build());
    }

    /** Sets {@code title} from a builder lambda. */
    public final Builder title(Consumer<TextStyleProperties.Builder> spec) {
      TextStyleProperties.Builder nested = TextStyleProperties.builder();
      spec.accept(nested);
      return title(nested.build());
    }

    /** Sets {@code headline} from a builder lambda. */
    public final Builder headline(Consumer<TextStyleProperties.Builder> spec) {
      TextStyleProperties.Builder nested = TextStyleProperties.builder();
      spec.accept(nested);
      return headline(nested.build());
    }

    /** Sets {@code body} from a builder lambda. */
    public final Builder body(Consumer<TextStyleProperties.Builder> spec) {
      TextStyleProperties.Builder nested = TextStyleProperties.builder();
      spec.accept(nested);
      return body(nested.build());
    }
  }
}
