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
 * Positioning of a content offer in a PATCH.
 *
 * <p>Wire type {@code PatchContentPositionProperties} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"top", "bottom", "left", "right"})
@JsonSerialize(as = ImmutablePatchContentPositionProperties.class)
@JsonDeserialize(as = ImmutablePatchContentPositionProperties.class)
public abstract class PatchContentPositionProperties extends WireValue implements ExplicitNulls, PatchContentPositionPropertiesCopies {
  PatchContentPositionProperties() {}

  /** Top positioning offset. */
  public abstract @Nullable String top();

  /** Bottom positioning offset. */
  public abstract @Nullable String bottom();

  /** Left positioning offset. */
  public abstract @Nullable String left();

  /** Right positioning offset. */
  public abstract @Nullable String right();

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

  /** Builds {@link PatchContentPositionProperties} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchContentPositionProperties.Builder implements PatchContentPositionPropertiesBuilderMethods {
    Builder() {}
  }
}
