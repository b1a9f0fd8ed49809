package io.journeydsl.actionmap;

import io.journeydsl.segment.JourneySegment;
import io.journeydsl.Ref;
import io.journeydsl.internal.Args;
import io.journeydsl.ids.ScheduleGroupId;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of an action map PATCH: absent fields stay, explicit nulls clear.
 *
 * <p>Wire type {@code PatchActionMap} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "version", "isActive", "displayName", "triggerWithSegments", "triggerWithEventConditions", "triggerWithOutcomeProbabilityConditions", "triggerWithOutcomePercentileConditions", "triggerWithOutcomeQuantileConditions", "pageUrlConditions", "activation", "weight", "action", "actionMapScheduleGroups", "ignoreFrequencyCap", "selfUri", "createdDate", "modifiedDate", "startDate", "endDate"})
@JsonSerialize(as = ImmutablePatchActionMap.class)
@JsonDeserialize(as = ImmutablePatchActionMap.class)
public abstract class PatchActionMap extends WireValue implements ExplicitNulls, PatchActionMapCopies {
  PatchActionMap() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** The version of the action map. */
  public abstract @Nullable Integer version();

  /** Whether the action map is active. */
  public abstract @Nullable Boolean isActive();

  /** Display name of the action map. Required by the API. */
  public abstract @Nullable String displayName();

  /** Trigger action map if any segment in the list is assigned to a given customer. Required by the API. */
  public abstract @Nullable List<String> triggerWithSegments();

  /** List of event conditions that must be satisfied to trigger the action map. */
  public abstract @Nullable List<EventCondition> triggerWithEventConditions();

  /** Probability conditions for outcomes that must be satisfied to trigger the action map. */
  public abstract @Nullable List<OutcomeProbabilityCondition> triggerWithOutcomeProbabilityConditions();

  /** (Deprecated: use triggerWithOutcomeQuantileConditions) Percentile conditions for outcomes that must be satisfied to trigger the action map. */
  public abstract @Nullable List<OutcomePercentileCondition> triggerWithOutcomePercentileConditions();

  /** Quantile conditions for outcomes that must be satisfied to trigger the action map. */
  public abstract @Nullable List<OutcomeQuantileCondition> triggerWithOutcomeQuantileConditions();

  /** URL conditions that a page must match for web actions to be displayable. Required by the API. */
  public abstract @Nullable List<UrlCondition> pageUrlConditions();

  /** Type of activation. */
  public abstract @Nullable Activation activation();

  /** Weight of the action map with higher number denoting higher weight. */
  public abstract @Nullable Integer weight();

  /** The action that will be executed if this action map is triggered. */
  public abstract @Nullable PatchAction action();

  /** The action map's associated schedule groups. */
  public abstract @Nullable PatchActionMapScheduleGroups actionMapScheduleGroups();

  /** Override organization-level frequency cap and always offer web engagements from this action map. */
  public abstract @Nullable Boolean ignoreFrequencyCap();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

  /** Timestamp indicating when the action map was created. */
  public abstract @Nullable Instant createdDate();

  /** Timestamp indicating when the action map was last updated. */
  public abstract @Nullable Instant modifiedDate();

  /** Timestamp at which the action map is scheduled to start firing. */
  public abstract @Nullable Instant startDate();

  /** Timestamp at which the action map is scheduled to stop firing. */
  public abstract @Nullable Instant endDate();

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

  /** Builds {@link PatchActionMap} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchActionMap.Builder implements PatchActionMapBuilderMethods {
    Builder() {}

    /**
     * Sets the segments that trigger the map (typed references, resolved at deploy); replaces any set
     * before, like every setter. {@link #addTriggerWithSegments(Ref, Ref[])} appends.
     */
    @SafeVarargs
    public final Builder triggerWithSegments(Ref<JourneySegment> first, Ref<JourneySegment>... more) {
      return triggerWithSegments(SegmentTriggers.wires(first, more));
    }

    /** Adds segments that trigger the map (typed references) after those set before. */
    @SafeVarargs
    public final Builder addTriggerWithSegments(Ref<JourneySegment> first, Ref<JourneySegment>... more) {
      return addAllTriggerWithSegments(SegmentTriggers.wires(first, more));
    }

    /**
     * Sets the segments of the same configuration that trigger the map; replaces any set before.
     * {@link #addTriggerWithSegments(JourneySegment, JourneySegment[])} appends.
     */
    public final Builder triggerWithSegments(JourneySegment first, JourneySegment... more) {
      return triggerWithSegments(SegmentTriggers.wires(first, more));
    }

    /** Adds segments of the same configuration that trigger the map after those set before. */
    public final Builder addTriggerWithSegments(JourneySegment first, JourneySegment... more) {
      return addAllTriggerWithSegments(SegmentTriggers.wires(first, more));
    }

    /** Sets the URL conditions a page must match (one or more); replaces any set before. */
    public final Builder pageUrlConditions(UrlCondition first, UrlCondition... more) {
      pageUrlConditions(List.of(Args.requireNonNull(first, "pageUrlCondition")));
      return addPageUrlConditions(more);
    }

    /** Sets the action from its media-type variant, so media type and fields always agree. */
    public final Builder action(Action action) {
      return action(action.toPatch());
    }

    /** Sets the schedule group during which the map may fire (no emergency group); replaces any set before. */
    public final Builder actionMapScheduleGroups(ScheduleGroupId scheduleGroup) {
      return actionMapScheduleGroups(PatchActionMapScheduleGroups.builder().actionMapScheduleGroup(scheduleGroup).build());
    }

    /** Sets the regular schedule group and the one that overrides it in an emergency; replaces any set before. */
    public final Builder actionMapScheduleGroups(ScheduleGroupId scheduleGroup, ScheduleGroupId emergencyScheduleGroup) {
      return actionMapScheduleGroups(PatchActionMapScheduleGroups.builder().actionMapScheduleGroup(scheduleGroup)
          .emergencyActionMapScheduleGroup(emergencyScheduleGroup).build());
    }
  }
}
