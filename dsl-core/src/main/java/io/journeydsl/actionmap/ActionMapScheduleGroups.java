package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.ModelStrings;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The schedule groups of an action map.
 *
 * <p>Wire type {@code ActionMapScheduleGroups} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"actionMapScheduleGroup", "emergencyActionMapScheduleGroup"})
@JsonSerialize(as = ImmutableActionMapScheduleGroups.class)
@JsonDeserialize(as = ImmutableActionMapScheduleGroups.class)
public abstract class ActionMapScheduleGroups {
  ActionMapScheduleGroups() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

  /** The actions map's associated schedule group. Required by the API. */
  public abstract @Nullable ActionMapScheduleGroup actionMapScheduleGroup();

  /** The action map's associated emergency schedule group. */
  public abstract @Nullable ActionMapScheduleGroup emergencyActionMapScheduleGroup();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionMapScheduleGroups} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionMapScheduleGroups.Builder {
    Builder() {}

    /** Sets {@code actionMapScheduleGroup} from a builder lambda. */
    public final Builder actionMapScheduleGroup(Consumer<ActionMapScheduleGroup.Builder> spec) {
      ActionMapScheduleGroup.Builder nested = ActionMapScheduleGroup.builder();
      spec.accept(nested);
      return actionMapScheduleGroup(nested.build());
    }

    /** Sets {@code emergencyActionMapScheduleGroup} from a builder lambda. */
    public final Builder emergencyActionMapScheduleGroup(Consumer<ActionMapScheduleGroup.Builder> spec) {
      ActionMapScheduleGroup.Builder nested = ActionMapScheduleGroup.builder();
      spec.accept(nested);
      return emergencyActionMapScheduleGroup(nested.build());
    }
  }
}
