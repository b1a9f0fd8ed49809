package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Boolean operation of a filter or clause.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class FilterType extends OpenEnum {
  private static final KnownValues<FilterType> KNOWN = new KnownValues<>(FilterType::new);

  /** {@code and} */
  public static final FilterType AND = KNOWN.add("and");

  /** {@code or} */
  public static final FilterType OR = KNOWN.add("or");

  private FilterType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static FilterType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<FilterType> knownValues() {
    return KNOWN.values();
  }
}
