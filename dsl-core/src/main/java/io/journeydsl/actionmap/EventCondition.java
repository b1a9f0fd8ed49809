package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.criteria.Operator;
import io.journeydsl.pattern.StreamType;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An event condition that must be satisfied to trigger an action map.
 *
 * <p>Wire type {@code EventCondition} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"key", "values", "operator", "streamType", "sessionType", "eventName"})
@JsonSerialize(as = ImmutableEventCondition.class)
@JsonDeserialize(as = ImmutableEventCondition.class)
public abstract class EventCondition extends WireValue implements EventConditionCopies {
  EventCondition() {}

  /** The event key. Required by the API. */
  public abstract @Nullable String key();

  /** The event values. Required by the API. */
  public abstract @Nullable List<String> values();

  /** The comparison operator. */
  public abstract @Nullable Operator operator();

  /** The stream type for which this condition can be satisfied. Required by the API. */
  public abstract @Nullable StreamType streamType();

  /** The session type for which this condition can be satisfied. Required by the API. */
  public abstract @Nullable String sessionType();

  /** The name of the event for which this condition can be satisfied. */
  public abstract @Nullable String eventName();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EventCondition} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableEventCondition.Builder {
    Builder() {}
  }
}
