package io.journeydsl.pattern;

import io.journeydsl.criteria.Criteria;

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
 * A journey pattern: criteria on events of one stream and session type, matched {@code count} times.
 *
 * <p>Wire type {@code JourneyPattern} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"criteria", "count", "streamType", "sessionType", "eventName"})
@JsonSerialize(as = ImmutableJourneyPattern.class)
@JsonDeserialize(as = ImmutableJourneyPattern.class)
public abstract class JourneyPattern extends WireValue implements JourneyPatternCopies {
  JourneyPattern() {}

  /** A list of one or more criteria to satisfy. Required by the API. */
  public abstract @Nullable List<Criteria> criteria();

  /** The number of times the pattern must match. */
  public abstract @Nullable Integer count();

  /** The stream type for which this pattern can be matched on. Required by the API. */
  public abstract @Nullable StreamType streamType();

  /** The session type for which this pattern can be matched on. Required by the API. */
  public abstract @Nullable String sessionType();

  /** The name of the event for which this pattern can be matched on. */
  public abstract @Nullable String eventName();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyPattern} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyPattern.Builder {
    Builder() {}
  }
}
