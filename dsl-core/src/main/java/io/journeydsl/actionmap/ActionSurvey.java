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
 * A webchat survey.
 *
 * <p>Wire type {@code ActionSurvey} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"questions"})
@JsonSerialize(as = ImmutableActionSurvey.class)
@JsonDeserialize(as = ImmutableActionSurvey.class)
public abstract class ActionSurvey extends WireValue implements ActionSurveyCopies {
  ActionSurvey() {}

  /** Questions shown to the user. Required by the API. */
  public abstract @Nullable List<JourneySurveyQuestion> questions();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionSurvey} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableActionSurvey.Builder {
    Builder() {}
  }
}
