package io.journeydsl.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Media type of an action or action template.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class MediaType extends OpenEnum {
  private static final KnownValues<MediaType> KNOWN = new KnownValues<>(MediaType::new);

  /** {@code webchat} */
  public static final MediaType WEBCHAT = KNOWN.add("webchat");

  /** {@code webMessagingOffer} */
  public static final MediaType WEB_MESSAGING_OFFER = KNOWN.add("webMessagingOffer");

  /** {@code contentOffer} */
  public static final MediaType CONTENT_OFFER = KNOWN.add("contentOffer");

  /** {@code integrationAction} */
  public static final MediaType INTEGRATION_ACTION = KNOWN.add("integrationAction");

  /** {@code architectFlow} */
  public static final MediaType ARCHITECT_FLOW = KNOWN.add("architectFlow");

  /** {@code openAction} */
  public static final MediaType OPEN_ACTION = KNOWN.add("openAction");

  private MediaType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static MediaType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<MediaType> knownValues() {
    return KNOWN.values();
  }
}
