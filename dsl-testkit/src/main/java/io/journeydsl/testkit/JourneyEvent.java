package io.journeydsl.testkit;

import io.journeydsl.analytics.JourneyDimension;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One synthetic journey event seeded into the fake for the analytics aggregates query. Immutable.
 *
 * <pre>{@code
 * JourneyEvent.of(JourneyEventType.ACTION_OFFERED, Instant.parse("2024-03-01T10:00:00Z"), "session-1")
 *     .with(JourneyDimension.JOURNEY_ACTION_MAP_ID, mapId)
 * }</pre>
 *
 * @param type what happened
 * @param timestamp when it happened
 * @param sessionId the web session it belongs to (also the {@code journeySessionId} dimension)
 * @param dimensions dimension wire names to values, e.g. {@code journeySegmentId}
 * @param value the observed value of an outcome event ({@code oJourneyOutcomeValue}), or {@code null}
 */
public record JourneyEvent(JourneyEventType type, Instant timestamp, String sessionId,
    Map<String, String> dimensions, @Nullable BigDecimal value) {

  /** Validates and copies the dimensions. */
  public JourneyEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(sessionId, "sessionId");
    Map<String, String> copy = new LinkedHashMap<>(dimensions);
    copy.put("journeySessionId", sessionId);
    dimensions = Collections.unmodifiableMap(copy);
  }

  /**
   * An event without dimensions.
   *
   * @param type what happened
   * @param timestamp when
   * @param sessionId the session
   * @return the event
   */
  public static JourneyEvent of(JourneyEventType type, Instant timestamp, String sessionId) {
    return new JourneyEvent(type, timestamp, sessionId, Map.of(), null);
  }

  /**
   * A copy with one more dimension value.
   *
   * @param dimension the dimension
   * @param dimensionValue its value
   * @return the new event
   */
  public JourneyEvent with(JourneyDimension dimension, String dimensionValue) {
    Map<String, String> copy = new LinkedHashMap<>(dimensions);
    copy.put(dimension.value(), Objects.requireNonNull(dimensionValue, "dimensionValue"));
    return new JourneyEvent(type, timestamp, sessionId, copy, value);
  }

  /**
   * A copy carrying an observed value (outcome events).
   *
   * @param observed the value
   * @return the new event
   */
  public JourneyEvent withValue(BigDecimal observed) {
    return new JourneyEvent(type, timestamp, sessionId, dimensions, Objects.requireNonNull(observed));
  }

  /** The value of a dimension, by wire name. */
  public Optional<String> dimension(String wireName) {
    return Optional.ofNullable(dimensions.get(wireName));
  }
}
