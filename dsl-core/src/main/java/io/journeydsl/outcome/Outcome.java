package io.journeydsl.outcome;

import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.ContextPattern;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.pattern.Context;
import io.journeydsl.pattern.VisitorJourney;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A journey outcome: a goal a customer can achieve (deprecated by Genesys in 2026).
 *
 * <p>Wire type {@code Outcome} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"id", "isActive", "displayName", "version", "description", "isPositive", "context", "journey", "associatedValueField", "selfUri", "createdDate", "modifiedDate"})
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
public abstract class Outcome extends WireValue implements OutcomeCopies {
  Outcome() {}

  /** The globally unique identifier for the object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String id();

  /** Whether or not the outcome is active. */
  public abstract @Nullable Boolean isActive();

  /** The display name of the outcome. Required by the API. */
  public abstract @Nullable String displayName();

  /** The version of the outcome. */
  public abstract @Nullable Integer version();

  /** A description of the outcome. */
  public abstract @Nullable String description();

  /** Whether or not the outcome is positive. */
  public abstract @Nullable Boolean isPositive();

  /** The context of the outcome. */
  public abstract @Nullable Context context();

  /** The pattern of rules defining the filter of the outcome. */
  public abstract @Nullable VisitorJourney journey();

  /** The field from the event indicating the associated value. */
  public abstract @Nullable AssociatedValueField associatedValueField();

  /** The URI for this object. Read-only: set by the server and ignored on input. */
  public abstract @Nullable String selfUri();

  /** Timestamp indicating when the outcome was created. */
  public abstract @Nullable Instant createdDate();

  /** Timestamp indicating when the outcome was last updated. */
  public abstract @Nullable Instant modifiedDate();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Outcome} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableOutcome.Builder implements OutcomeBuilderMethods {
    Builder() {}

    /** Sets {@code context} to these patterns (one or more). */
    public final Builder context(ContextPattern first, ContextPattern... more) {
      return context(Context.builder().addPattern(first).addPatterns(more).build());
    }

    /** Sets {@code journey} to these patterns (one or more). */
    public final Builder journey(JourneyPattern first, JourneyPattern... more) {
      return journey(VisitorJourney.builder().addPattern(first).addPatterns(more).build());
    }
  }
}
