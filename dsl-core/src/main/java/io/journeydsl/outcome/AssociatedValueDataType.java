package io.journeydsl.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The data type of an outcome's associated value field.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class AssociatedValueDataType extends OpenEnum {
  private static final KnownValues<AssociatedValueDataType> KNOWN = new KnownValues<>(AssociatedValueDataType::new);

  /** {@code Number} */
  public static final AssociatedValueDataType NUMBER = KNOWN.add("Number");

  /** {@code Integer} */
  public static final AssociatedValueDataType INTEGER = KNOWN.add("Integer");

  private AssociatedValueDataType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static AssociatedValueDataType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<AssociatedValueDataType> knownValues() {
    return KNOWN.values();
  }
}
