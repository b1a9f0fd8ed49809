package io.journeydsl.pattern;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The journey of a segment or outcome: zero or more patterns of events.
 *
 * <p>Wire type {@code Journey} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"patterns"})
@JsonSerialize(as = ImmutableVisitorJourney.class)
@JsonDeserialize(as = ImmutableVisitorJourney.class)
public abstract class VisitorJourney extends WireValue implements VisitorJourneyCopies {
  VisitorJourney() {}

  /** A list of zero or more patterns to match. Required by the API. */
  public abstract @Nullable List<JourneyPattern> patterns();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VisitorJourney} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableVisitorJourney.Builder {
    Builder() {}
  }
}
