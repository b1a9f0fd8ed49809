package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.AddressableEntityRef;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Admin-configurable fields of a web messaging offer action.
 *
 * <p>Wire type {@code WebMessagingOfferFields} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"offerText", "architectFlow"})
@JsonSerialize(as = ImmutableWebMessagingOfferFields.class)
@JsonDeserialize(as = ImmutableWebMessagingOfferFields.class)
public abstract class WebMessagingOfferFields extends WireValue implements WebMessagingOfferFieldsCopies {
  WebMessagingOfferFields() {}

  /** Text value to be used when inviting a visitor to engage with a web messaging offer. */
  public abstract @Nullable String offerText();

  /** Flow to be invoked, overrides default flow when specified. */
  public abstract @Nullable AddressableEntityRef architectFlow();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebMessagingOfferFields} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableWebMessagingOfferFields.Builder implements WebMessagingOfferFieldsBuilderMethods {
    Builder() {}
  }
}
