package io.journeydsl.actiontarget;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * A media type an action target supports (lowercase on the wire).
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class SupportedMediaType extends OpenEnum {
  private static final KnownValues<SupportedMediaType> KNOWN = new KnownValues<>(SupportedMediaType::new);

  /** {@code callback} */
  public static final SupportedMediaType CALLBACK = KNOWN.add("callback");

  /** {@code call} */
  public static final SupportedMediaType CALL = KNOWN.add("call");

  /** {@code email} */
  public static final SupportedMediaType EMAIL = KNOWN.add("email");

  /** {@code generic} */
  public static final SupportedMediaType GENERIC = KNOWN.add("generic");

  /** {@code messaging} */
  public static final SupportedMediaType MESSAGING = KNOWN.add("messaging");

  /** {@code social} */
  public static final SupportedMediaType SOCIAL = KNOWN.add("social");

  /** {@code webchat} */
  public static final SupportedMediaType WEBCHAT = KNOWN.add("webchat");

  private SupportedMediaType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static SupportedMediaType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<SupportedMediaType> knownValues() {
    return KNOWN.values();
  }
}
