package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The display mode of Genesys Widgets when displaying a content offer.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class DisplayMode extends OpenEnum {
  private static final KnownValues<DisplayMode> KNOWN = new KnownValues<>(DisplayMode::new);

  /** {@code Modal} */
  public static final DisplayMode MODAL = KNOWN.add("Modal");

  /** {@code Overlay} */
  public static final DisplayMode OVERLAY = KNOWN.add("Overlay");

  /** {@code Toast} */
  public static final DisplayMode TOAST = KNOWN.add("Toast");

  private DisplayMode(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static DisplayMode of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<DisplayMode> knownValues() {
    return KNOWN.values();
  }
}
