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
 * The call-to-action button in an action template PATCH.
 *
 * <p>Wire type {@code PatchCallToAction} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"text", "url", "target"})
@JsonSerialize(as = ImmutablePatchCallToAction.class)
@JsonDeserialize(as = ImmutablePatchCallToAction.class)
public abstract class PatchCallToAction extends WireValue implements ExplicitNulls, PatchCallToActionCopies {
  PatchCallToAction() {}

  /** Text displayed on the call to action button. */
  public abstract @Nullable String text();

  /** URL to open when user clicks on the call to action button. */
  public abstract @Nullable String url();

  /** Where the URL should be opened when the user clicks on the call to action button. */
  public abstract @Nullable CallToActionTarget target();

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

  /** Builds {@link PatchCallToAction} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchCallToAction.Builder implements PatchCallToActionBuilderMethods {
    Builder() {}
  }
}
