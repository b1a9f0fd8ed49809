package io.journeydsl.actiontarget;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An action target: where actions such as webchat offers are routed (deprecated by Genesys).
 *
 * <p>Wire type {@code ActionTarget} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "name", "userData", "supportedMediaTypes", "state", "description", "serviceLevel", "shortAbandonThreshold", "selfUri", "createdDate", "modifiedDate"})
@JsonSerialize(as = ImmutableActionTarget.class)
@JsonDeserialize(as = ImmutableActionTarget.class)
public abstract class ActionTarget extends WireValue implements ActionTargetCopies {
  ActionTarget() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** Wire field {@code name}. */
  public abstract @Nullable String name();

  /** Additional user data associated with the target in key/value format. */
  public abstract @Nullable List<KeyValue> userData();

  /** Supported media types of the target. */
  public abstract @Nullable List<SupportedMediaType> supportedMediaTypes();

  /** Indicates the state of the target. */
  public abstract @Nullable ActionTargetState state();

  /** Description of the target. */
  public abstract @Nullable String description();

  /** Service Level of the action target. Chat offers for the target will be throttled with the aim of achieving this service level. */
  public abstract @Nullable ServiceLevel serviceLevel();

  /** Indicates the non-default short abandon threshold. */
  public abstract @Nullable Integer shortAbandonThreshold();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

  /** The date the target was created. */
  public abstract @Nullable Instant createdDate();

  /** The date the target was last modified. */
  public abstract @Nullable Instant modifiedDate();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionTarget} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionTarget.Builder implements ActionTargetBuilderMethods {
    Builder() {}
  }
}
