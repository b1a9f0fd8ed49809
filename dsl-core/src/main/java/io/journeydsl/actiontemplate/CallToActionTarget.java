package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Where a call-to-action URL opens.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class CallToActionTarget extends OpenEnum {
  private static final KnownValues<CallToActionTarget> KNOWN = new KnownValues<>(CallToActionTarget::new);

  /** {@code Blank} */
  public static final CallToActionTarget BLANK = KNOWN.add("Blank");

  /** {@code Self} */
  public static final CallToActionTarget SELF = KNOWN.add("Self");

  private CallToActionTarget(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static CallToActionTarget of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<CallToActionTarget> knownValues() {
    return KNOWN.values();
  }
}
