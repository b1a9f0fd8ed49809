package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import io.journeydsl.json.ExplicitNulls;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A webchat survey in an action map PATCH.
 *
 * <p>Wire type {@code PatchActionSurvey} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"questions"})
@JsonSerialize(as = ImmutablePatchActionSurvey.class)
@JsonDeserialize(as = ImmutablePatchActionSurvey.class)
public abstract class PatchActionSurvey extends WireValue implements ExplicitNulls, PatchActionSurveyCopies {
  PatchActionSurvey() {}

  /** Questions shown to the user. Required by the API. */
  public abstract @Nullable List<PatchSurveyQuestion> questions();

  /** Wire names of the fields sent as explicit {@code null}: "clear this field". */
  @Override
  @JsonProperty(ExplicitNulls.PROPERTY)
  public abstract Set<String> explicitNulls();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PatchActionSurvey} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchActionSurvey.Builder implements PatchActionSurveyBuilderMethods {
    Builder() {}
  }
}
