package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Function of a custom derived metric view.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class ViewFunction extends OpenEnum {
  private static final KnownValues<ViewFunction> KNOWN = new KnownValues<>(ViewFunction::new);

  /** {@code rangeBound} */
  public static final ViewFunction RANGE_BOUND = KNOWN.add("rangeBound");

  private ViewFunction(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static ViewFunction of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<ViewFunction> knownValues() {
    return KNOWN.values();
  }
}
