package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * How a flow request mapping finds its value.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class MappingType extends OpenEnum {
  private static final KnownValues<MappingType> KNOWN = new KnownValues<>(MappingType::new);

  /** {@code Lookup} */
  public static final MappingType LOOKUP = KNOWN.add("Lookup");

  /** {@code HardCoded} */
  public static final MappingType HARD_CODED = KNOWN.add("HardCoded");

  private MappingType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static MappingType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<MappingType> knownValues() {
    return KNOWN.values();
  }
}
