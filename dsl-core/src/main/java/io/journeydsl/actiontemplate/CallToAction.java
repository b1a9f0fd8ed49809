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
 * The call-to-action button of a content offer.
 *
 * <p>Wire type {@code CallToAction} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"text", "url", "target"})
@JsonSerialize(as = ImmutableCallToAction.class)
@JsonDeserialize(as = ImmutableCallToAction.class)
public abstract class CallToAction extends WireValue implements CallToActionCopies {
  CallToAction() {}

  /** Text displayed on the call to action button. */
  public abstract @Nullable String text();

  /** URL to open when user clicks on the call to action button. Required by the API. */
  public abstract @Nullable String url();

  /** Where the URL should be opened when the user clicks on the call to action button. */
  public abstract @Nullable CallToActionTarget target();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CallToAction} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableCallToAction.Builder {
    Builder() {}
  }
}
