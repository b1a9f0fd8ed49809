package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.AddressableEntityRef;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The Architect flow an architectFlow action starts, with its input mappings.
 *
 * <p>Wire type {@code ArchitectFlowFields} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"architectFlow", "flowRequestMappings"})
@JsonSerialize(as = ImmutableArchitectFlowFields.class)
@JsonDeserialize(as = ImmutableArchitectFlowFields.class)
public abstract class ArchitectFlowFields extends WireValue implements ArchitectFlowFieldsCopies {
  ArchitectFlowFields() {}

  /** The architect flow. */
  public abstract @Nullable AddressableEntityRef architectFlow();

  /** Collection of Architect Flow Request Mappings to use. */
  public abstract @Nullable List<RequestMapping> flowRequestMappings();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ArchitectFlowFields} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableArchitectFlowFields.Builder implements ArchitectFlowFieldsBuilderMethods {
    Builder() {}
  }
}
