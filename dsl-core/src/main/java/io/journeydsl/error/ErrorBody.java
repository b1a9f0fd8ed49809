package io.journeydsl.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The error body Genesys returns with every non-2xx response.
 *
 * <p>Wire type {@code ErrorBody} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"message", "code", "status", "entityId", "entityName", "messageWithParams", "messageParams", "contextId", "details", "errors", "limit"})
@JsonSerialize(as = ImmutableErrorBody.class)
@JsonDeserialize(as = ImmutableErrorBody.class)
public abstract class ErrorBody extends WireValue implements ErrorBodyCopies {
  ErrorBody() {}

  /** Wire field {@code message}. */
  public abstract @Nullable String message();

  /** Wire field {@code code}. */
  public abstract @Nullable String code();

  /** Wire field {@code status}. */
  public abstract @Nullable Integer status();

  /** Wire field {@code entityId}. */
  public abstract @Nullable String entityId();

  /** Wire field {@code entityName}. */
  public abstract @Nullable String entityName();

  /** Wire field {@code messageWithParams}. */
  public abstract @Nullable String messageWithParams();

  /** Wire field {@code messageParams}. */
  public abstract @Nullable Map<String, String> messageParams();

  /** Equals the ININ-Correlation-Id response header. */
  public abstract @Nullable String contextId();

  /** Wire field {@code details}. */
  public abstract @Nullable List<Detail> details();

  /** Wire field {@code errors}. */
  public abstract @Nullable List<ErrorBody> errors();

  /** Wire field {@code limit}. */
  public abstract @Nullable Limit limit();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ErrorBody} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableErrorBody.Builder implements ErrorBodyBuilderMethods {
    Builder() {}
  }
}
