package io.journeydsl.actionmap;

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
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The schedule groups in an action map PATCH.
 *
 * <p>Wire type {@code PatchActionMapScheduleGroups} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"actionMapScheduleGroup", "emergencyActionMapScheduleGroup"})
@JsonSerialize(as = ImmutablePatchActionMapScheduleGroups.class)
@JsonDeserialize(as = ImmutablePatchActionMapScheduleGroups.class)
public abstract class PatchActionMapScheduleGroups extends WireValue implements ExplicitNulls, PatchActionMapScheduleGroupsCopies {
  PatchActionMapScheduleGroups() {}

  /** The actions map's associated schedule group. Required by the API. */
  public abstract @Nullable ActionMapScheduleGroup actionMapScheduleGroup();

  /** The action map's associated emergency schedule group. */
  public abstract @Nullable ActionMapScheduleGroup emergencyActionMapScheduleGroup();

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

  /** Builds {@link PatchActionMapScheduleGroups} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchActionMapScheduleGroups.Builder implements PatchActionMapScheduleGroupsBuilderMethods {
    Builder() {}

    /** Sets the schedule group during which the action map may fire; replaces any set before. */
    public final Builder actionMapScheduleGroup(ScheduleGroupId scheduleGroup) {
      return actionMapScheduleGroup(ActionMapScheduleGroup.builder()
          .id(Args.requireNonNull(scheduleGroup, "scheduleGroup").value()).build());
    }

    /** Sets the schedule group that overrides the regular one in an emergency; replaces any set before. */
    public final Builder emergencyActionMapScheduleGroup(ScheduleGroupId emergencyScheduleGroup) {
      return emergencyActionMapScheduleGroup(ActionMapScheduleGroup.builder()
          .id(Args.requireNonNull(emergencyScheduleGroup, "emergencyScheduleGroup").value()).build());
    }
  }
}
