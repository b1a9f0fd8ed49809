package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.AddressableEntityRef;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import io.journeydsl.json.ExplicitNulls;
import jakarta.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Web messaging offer fields in an action map PATCH.
 *
 * <p>Wire type {@code PatchWebMessagingOfferFields} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"offerText", "architectFlow"})
@JsonSerialize(as = ImmutablePatchWebMessagingOfferFields.class)
@JsonDeserialize(as = ImmutablePatchWebMessagingOfferFields.class)
public abstract class PatchWebMessagingOfferFields extends WireValue implements ExplicitNulls, PatchWebMessagingOfferFieldsCopies {
  PatchWebMessagingOfferFields() {}

  /** Text value to be used when inviting a visitor to engage with a web messaging offer. */
  public abstract @Nullable String offerText();

  /** Flow to be invoked, overrides default flow when specified. */
  public abstract @Nullable AddressableEntityRef architectFlow();

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

  /** Builds {@link PatchWebMessagingOfferFields} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutablePatchWebMessagingOfferFields.Builder implements PatchWebMessagingOfferFieldsBuilderMethods {
    Builder() {}
  }
}
