package io.journeydsl.actionmap;

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
 * A question of a webchat survey.
 *
 * <p>Wire type {@code JourneySurveyQuestion} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"type", "label", "customerProperty", "choices", "isMandatory"})
@JsonSerialize(as = ImmutableJourneySurveyQuestion.class)
@JsonDeserialize(as = ImmutableJourneySurveyQuestion.class)
public abstract class JourneySurveyQuestion extends WireValue implements JourneySurveyQuestionCopies {
  JourneySurveyQuestion() {}

  /** Type of survey question. */
  public abstract @Nullable SurveyQuestionType type();

  /** Label of question. Required by the API. */
  public abstract @Nullable String label();

  /** The customer property that the answer maps to. */
  public abstract @Nullable CustomerProperty customerProperty();

  /** Choices available to user. */
  public abstract @Nullable List<String> choices();

  /** Whether answering this question is mandatory. */
  public abstract @Nullable Boolean isMandatory();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneySurveyQuestion} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneySurveyQuestion.Builder {
    Builder() {}
  }
}
