package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Type of the value a flow request mapping supplies.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class AttributeType extends OpenEnum {
  private static final KnownValues<AttributeType> KNOWN = new KnownValues<>(AttributeType::new);

  /** {@code String} */
  public static final AttributeType STRING = KNOWN.add("String");

  /** {@code Number} */
  public static final AttributeType NUMBER = KNOWN.add("Number");

  /** {@code Integer} */
  public static final AttributeType INTEGER = KNOWN.add("Integer");

  /** {@code Boolean} */
  public static final AttributeType BOOLEAN = KNOWN.add("Boolean");

  private AttributeType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static AttributeType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<AttributeType> knownValues() {
    return KNOWN.values();
  }
}
