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
 * A value supplied to an input of an Architect flow.
 *
 * <p>Wire type {@code RequestMapping} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"name", "attributeType", "mappingType", "value"})
@JsonSerialize(as = ImmutableRequestMapping.class)
@JsonDeserialize(as = ImmutableRequestMapping.class)
public abstract class RequestMapping extends WireValue implements RequestMappingCopies {
  RequestMapping() {}

  /** Name of the Integration Action Attribute to supply the value for. */
  public abstract @Nullable String name();

  /** Type of the value supplied. */
  public abstract @Nullable AttributeType attributeType();

  /** Method of finding value to use with Attribute. */
  public abstract @Nullable MappingType mappingType();

  /** Value to supply for the specified Attribute. */
  public abstract @Nullable String value();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RequestMapping} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableRequestMapping.Builder {
    Builder() {}
  }
}
