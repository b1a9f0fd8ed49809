package io.journeydsl.error;

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
 * A detail of an error body; {@code fieldName} names the offending field.
 *
 * <p>Wire type {@code Detail} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"errorCode", "fieldName", "entityId", "entityName"})
@JsonSerialize(as = ImmutableDetail.class)
@JsonDeserialize(as = ImmutableDetail.class)
public abstract class Detail extends WireValue implements DetailCopies {
  Detail() {}

  /** Wire field {@code errorCode}. */
  public abstract @Nullable String errorCode();

  /** Wire field {@code fieldName}. */
  public abstract @Nullable String fieldName();

  /** Wire field {@code entityId}. */
  public abstract @Nullable String entityId();

  /** Wire field {@code entityName}. */
  public abstract @Nullable String entityName();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Detail} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableDetail.Builder {
    Builder() {}
  }
}
