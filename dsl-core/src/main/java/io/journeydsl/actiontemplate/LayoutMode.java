package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The layout mode of the text of a content offer.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class LayoutMode extends OpenEnum {
  private static final KnownValues<LayoutMode> KNOWN = new KnownValues<>(LayoutMode::new);

  /** {@code TextOnly} */
  public static final LayoutMode TEXT_ONLY = KNOWN.add("TextOnly");

  /** {@code ImageOnly} */
  public static final LayoutMode IMAGE_ONLY = KNOWN.add("ImageOnly");

  /** {@code LeftText} */
  public static final LayoutMode LEFT_TEXT = KNOWN.add("LeftText");

  /** {@code RightText} */
  public static final LayoutMode RIGHT_TEXT = KNOWN.add("RightText");

  /** {@code TopText} */
  public static final LayoutMode TOP_TEXT = KNOWN.add("TopText");

  /** {@code BottomText} */
  public static final LayoutMode BOTTOM_TEXT = KNOWN.add("BottomText");

  private LayoutMode(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static LayoutMode of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<LayoutMode> knownValues() {
    return KNOWN.values();
  }
}
