package io.journeydsl.pattern;

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
 * The context of a segment or outcome: one or more patterns of visit criteria.
 *
 * <p>Wire type {@code Context} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"patterns"})
@JsonSerialize(as = ImmutableContext.class)
@JsonDeserialize(as = ImmutableContext.class)
public abstract class Context extends WireValue implements ContextCopies {
  Context() {}

  /** A list of one or more patterns to match. Required by the API. */
  public abstract @Nullable List<ContextPattern> patterns();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Context} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableContext.Builder {
    Builder() {}
  }
}
