package io.journeydsl.catalog;

import io.journeydsl.analytics.JourneyDimension;
import java.util.Optional;

/**
 * The analytics dimensions whose values are ids of Journey objects, and the collection each id
 * belongs to. An aggregate query's filter may name such an object instead of giving its id, and a
 * result's group value on such a dimension can be shown by the object's name.
 */
public enum IdDimension {
  /** {@code journeyActionMapId}: the action map that offered the action. */
  ACTION_MAP(JourneyDimension.JOURNEY_ACTION_MAP_ID, ApiCollection.ACTION_MAPS),
  /** {@code journeyBlockingActionMapId}: the action map that blocked an offer. */
  BLOCKING_ACTION_MAP(JourneyDimension.JOURNEY_BLOCKING_ACTION_MAP_ID, ApiCollection.ACTION_MAPS),
  /** {@code journeyActionTemplateId}: the template of the offered action. */
  ACTION_TEMPLATE(JourneyDimension.JOURNEY_ACTION_TEMPLATE_ID, ApiCollection.ACTION_TEMPLATES),
  /** {@code journeyActionTargetId}: the target of the offered action. */
  ACTION_TARGET(JourneyDimension.JOURNEY_ACTION_TARGET_ID, ApiCollection.ACTION_TARGETS),
  /** {@code journeyOutcomeId}: the outcome achieved. */
  OUTCOME(JourneyDimension.JOURNEY_OUTCOME_ID, ApiCollection.OUTCOMES),
  /** {@code journeySegmentId}: the segment assigned. */
  SEGMENT(JourneyDimension.JOURNEY_SEGMENT_ID, ApiCollection.SEGMENTS),
  /** {@code journeySessionSegmentId}: the session segment assigned. */
  SESSION_SEGMENT(JourneyDimension.JOURNEY_SESSION_SEGMENT_ID, ApiCollection.SEGMENTS);

  private final JourneyDimension dimension;
  private final ApiCollection target;

  IdDimension(JourneyDimension dimension, ApiCollection target) {
    this.dimension = dimension;
    this.target = target;
  }

  /** The analytics dimension. */
  public JourneyDimension dimension() {
    return dimension;
  }

  /** The collection whose ids the dimension's values are. */
  public ApiCollection target() {
    return target;
  }

  /** The collection whose ids are the values of {@code dimension}, if they are ids of Journey objects. */
  public static Optional<ApiCollection> targetOf(JourneyDimension dimension) {
    for (IdDimension d : values()) {
      if (d.dimension.equals(dimension)) {
        return Optional.of(d.target);
      }
    }
    return Optional.empty();
  }
}
