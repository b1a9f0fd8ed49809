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
 * Positioning of a content offer.
 *
 * <p>Wire type {@code ContentPositionProperties} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"top", "bottom", "left", "right"})
@JsonSerialize(as = ImmutableContentPositionProperties.class)
@JsonDeserialize(as = ImmutableContentPositionProperties.class)
public abstract class ContentPositionProperties extends WireValue implements ContentPositionPropertiesCopies {
  ContentPositionProperties() {}

  /** Top positioning offset. */
  public abstract @Nullable String top();

  /** Bottom positioning offset. */
  public abstract @Nullable String bottom();

  /** Left positioning offset. */
  public abstract @Nullable String left();

  /** Right positioning offset. */
  public abstract @Nullable String right();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContentPositionProperties} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableContentPositionProperties.Builder {
    Builder() {}
  }
}
