package io.journeydsl.actiontarget;

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
 * The service level an action target aims for.
 *
 * <p>Wire type {@code ServiceLevel} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"percentage", "durationMs"})
@JsonSerialize(as = ImmutableServiceLevel.class)
@JsonDeserialize(as = ImmutableServiceLevel.class)
public abstract class ServiceLevel extends WireValue implements ServiceLevelCopies {
  ServiceLevel() {}

  /** The desired Service Level. A value between 0 and 1. */
  public abstract @Nullable Double percentage();

  /** Service Level target in milliseconds. */
  public abstract @Nullable Long durationMs();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceLevel} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableServiceLevel.Builder {
    Builder() {}
  }
}
