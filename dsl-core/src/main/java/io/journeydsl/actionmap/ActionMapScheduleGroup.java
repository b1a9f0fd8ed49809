package io.journeydsl.actionmap;

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
 * A schedule group of an action map, by id.
 *
 * <p>Wire type {@code ActionMapScheduleGroup} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id"})
@JsonSerialize(as = ImmutableActionMapScheduleGroup.class)
@JsonDeserialize(as = ImmutableActionMapScheduleGroup.class)
public abstract class ActionMapScheduleGroup extends WireValue implements ActionMapScheduleGroupCopies {
  ActionMapScheduleGroup() {}

  /** The ID of the action maps's associated schedule group. Required by the API. */
  public abstract @Nullable String id();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionMapScheduleGroup} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionMapScheduleGroup.Builder {
    Builder() {}
  }
}
