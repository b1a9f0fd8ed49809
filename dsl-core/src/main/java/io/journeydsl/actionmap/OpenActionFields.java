package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.DomainEntityRef;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Admin-configurable fields of an open action.
 *
 * <p>Wire type {@code OpenActionFields} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"openAction", "configurationFields"})
@JsonSerialize(as = ImmutableOpenActionFields.class)
@JsonDeserialize(as = ImmutableOpenActionFields.class)
public abstract class OpenActionFields extends WireValue implements OpenActionFieldsCopies {
  OpenActionFields() {}

  /** The specific type of the open action. Required by the API. */
  public abstract @Nullable DomainEntityRef openAction();

  /** Custom fields defined in the schema referenced by the open action type selected. */
  public abstract @Nullable Map<String, JsonNode> configurationFields();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OpenActionFields} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableOpenActionFields.Builder implements OpenActionFieldsBuilderMethods {
    Builder() {}
  }
}
