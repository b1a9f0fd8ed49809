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
 * When an action is activated: {@code immediate}, {@code on-next-visit}, {@code on-next-session} or {@code delay}.
 *
 * <p>Wire type {@code Activation} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"type", "delayInSeconds"})
@JsonSerialize(as = ImmutableActivation.class)
@JsonDeserialize(as = ImmutableActivation.class)
public abstract class Activation extends WireValue implements ActivationCopies {
  Activation() {}

  /** Type of activation. Required by the API. */
  public abstract @Nullable String type();

  /** Activation delay time amount. */
  public abstract @Nullable Integer delayInSeconds();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Activation} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActivation.Builder {
    Builder() {}
  }
}
