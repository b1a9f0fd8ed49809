package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * A journey aggregate dimension, for {@code groupBy} and filter predicates.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class JourneyDimension extends OpenEnum {
  private static final KnownValues<JourneyDimension> KNOWN = new KnownValues<>(JourneyDimension::new);

  /** {@code containsAllCondition} */
  public static final JourneyDimension CONTAINS_ALL_CONDITION = KNOWN.add("containsAllCondition");

  /** {@code containsAnyCondition} */
  public static final JourneyDimension CONTAINS_ANY_CONDITION = KNOWN.add("containsAnyCondition");

  /** {@code endsWithCondition} */
  public static final JourneyDimension ENDS_WITH_CONDITION = KNOWN.add("endsWithCondition");

  /** {@code equalCondition} */
  public static final JourneyDimension EQUAL_CONDITION = KNOWN.add("equalCondition");

  /** {@code journeyActionId} */
  public static final JourneyDimension JOURNEY_ACTION_ID = KNOWN.add("journeyActionId");

  /** {@code journeyActionMapId} */
  public static final JourneyDimension JOURNEY_ACTION_MAP_ID = KNOWN.add("journeyActionMapId");

  /** {@code journeyActionMapVersion} */
  public static final JourneyDimension JOURNEY_ACTION_MAP_VERSION = KNOWN.add("journeyActionMapVersion");

  /** {@code journeyActionMediaType} */
  public static final JourneyDimension JOURNEY_ACTION_MEDIA_TYPE = KNOWN.add("journeyActionMediaType");

  /** {@code journeyActionTargetId} */
  public static final JourneyDimension JOURNEY_ACTION_TARGET_ID = KNOWN.add("journeyActionTargetId");

  /** {@code journeyActionTemplateId} */
  public static final JourneyDimension JOURNEY_ACTION_TEMPLATE_ID = KNOWN.add("journeyActionTemplateId");

  /** {@code journeyBlockingActionMapId} */
  public static final JourneyDimension JOURNEY_BLOCKING_ACTION_MAP_ID = KNOWN.add("journeyBlockingActionMapId");

  /** {@code journeyBlockingEmergencyScheduleGroupId} */
  public static final JourneyDimension JOURNEY_BLOCKING_EMERGENCY_SCHEDULE_GROUP_ID = KNOWN.add("journeyBlockingEmergencyScheduleGroupId");

  /** {@code journeyBlockingReason} */
  public static final JourneyDimension JOURNEY_BLOCKING_REASON = KNOWN.add("journeyBlockingReason");

  /** {@code journeyBlockingScheduleGroupId} */
  public static final JourneyDimension JOURNEY_BLOCKING_SCHEDULE_GROUP_ID = KNOWN.add("journeyBlockingScheduleGroupId");

  /** {@code journeyDeviceCategory} */
  public static final JourneyDimension JOURNEY_DEVICE_CATEGORY = KNOWN.add("journeyDeviceCategory");

  /** {@code journeyDeviceType} */
  public static final JourneyDimension JOURNEY_DEVICE_TYPE = KNOWN.add("journeyDeviceType");

  /** {@code journeyFrequencyCapReason} */
  public static final JourneyDimension JOURNEY_FREQUENCY_CAP_REASON = KNOWN.add("journeyFrequencyCapReason");

  /** {@code journeyIpGeolocationCountry} */
  public static final JourneyDimension JOURNEY_IP_GEOLOCATION_COUNTRY = KNOWN.add("journeyIpGeolocationCountry");

  /** {@code journeyOutcomeId} */
  public static final JourneyDimension JOURNEY_OUTCOME_ID = KNOWN.add("journeyOutcomeId");

  /** {@code journeySegmentId} */
  public static final JourneyDimension JOURNEY_SEGMENT_ID = KNOWN.add("journeySegmentId");

  /** {@code journeySegmentScope} */
  public static final JourneyDimension JOURNEY_SEGMENT_SCOPE = KNOWN.add("journeySegmentScope");

  /** {@code journeySessionId} */
  public static final JourneyDimension JOURNEY_SESSION_ID = KNOWN.add("journeySessionId");

  /** {@code journeySessionSegmentId} */
  public static final JourneyDimension JOURNEY_SESSION_SEGMENT_ID = KNOWN.add("journeySessionSegmentId");

  /** {@code journeySessionType} */
  public static final JourneyDimension JOURNEY_SESSION_TYPE = KNOWN.add("journeySessionType");

  /** {@code notContainsAllCondition} */
  public static final JourneyDimension NOT_CONTAINS_ALL_CONDITION = KNOWN.add("notContainsAllCondition");

  /** {@code notContainsAnyCondition} */
  public static final JourneyDimension NOT_CONTAINS_ANY_CONDITION = KNOWN.add("notContainsAnyCondition");

  /** {@code notEqualCondition} */
  public static final JourneyDimension NOT_EQUAL_CONDITION = KNOWN.add("notEqualCondition");

  /** {@code startsWithCondition} */
  public static final JourneyDimension STARTS_WITH_CONDITION = KNOWN.add("startsWithCondition");

  /** {@code touchpointActionMapId} */
  public static final JourneyDimension TOUCHPOINT_ACTION_MAP_ID = KNOWN.add("touchpointActionMapId");

  /** {@code touchpointAgentId} */
  public static final JourneyDimension TOUCHPOINT_AGENT_ID = KNOWN.add("touchpointAgentId");

  /** {@code touchpointAttributionScope} */
  public static final JourneyDimension TOUCHPOINT_ATTRIBUTION_SCOPE = KNOWN.add("touchpointAttributionScope");

  /** {@code touchpointChannelMessageType} */
  public static final JourneyDimension TOUCHPOINT_CHANNEL_MESSAGE_TYPE = KNOWN.add("touchpointChannelMessageType");

  /** {@code touchpointChannelPlatform} */
  public static final JourneyDimension TOUCHPOINT_CHANNEL_PLATFORM = KNOWN.add("touchpointChannelPlatform");

  /** {@code touchpointChannelType} */
  public static final JourneyDimension TOUCHPOINT_CHANNEL_TYPE = KNOWN.add("touchpointChannelType");

  /** {@code touchpointConversationId} */
  public static final JourneyDimension TOUCHPOINT_CONVERSATION_ID = KNOWN.add("touchpointConversationId");

  /** {@code touchpointInteractionType} */
  public static final JourneyDimension TOUCHPOINT_INTERACTION_TYPE = KNOWN.add("touchpointInteractionType");

  /** {@code touchpointQueueId} */
  public static final JourneyDimension TOUCHPOINT_QUEUE_ID = KNOWN.add("touchpointQueueId");

  /** {@code touchpointRequestedRouting} */
  public static final JourneyDimension TOUCHPOINT_REQUESTED_ROUTING = KNOWN.add("touchpointRequestedRouting");

  /** {@code touchpointUsedRouting} */
  public static final JourneyDimension TOUCHPOINT_USED_ROUTING = KNOWN.add("touchpointUsedRouting");

  /** {@code touchpointWrapupCode} */
  public static final JourneyDimension TOUCHPOINT_WRAPUP_CODE = KNOWN.add("touchpointWrapupCode");

  private JourneyDimension(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static JourneyDimension of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<JourneyDimension> knownValues() {
    return KNOWN.values();
  }
}
