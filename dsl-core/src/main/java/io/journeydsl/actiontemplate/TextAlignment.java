package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Text alignment of content offer text and buttons.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class TextAlignment extends OpenEnum {
  private static final KnownValues<TextAlignment> KNOWN = new KnownValues<>(TextAlignment::new);

  /** {@code Left} */
  public static final TextAlignment LEFT = KNOWN.add("Left");

  /** {@code Right} */
  public static final TextAlignment RIGHT = KNOWN.add("Right");

  /** {@code Center} */
  public static final TextAlignment CENTER = KNOWN.add("Center");

  private TextAlignment(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static TextAlignment of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<TextAlignment> knownValues() {
    return KNOWN.values();
  }
}
