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
 * The action template an action uses.
 *
 * <p>Wire type {@code ActionMapActionTemplate} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "selfUri"})
@JsonSerialize(as = ImmutableActionMapActionTemplate.class)
@JsonDeserialize(as = ImmutableActionMapActionTemplate.class)
public abstract class ActionMapActionTemplate extends WireValue implements ActionMapActionTemplateCopies {
  ActionMapActionTemplate() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionMapActionTemplate} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionMapActionTemplate.Builder {
    Builder() {}
  }
}
