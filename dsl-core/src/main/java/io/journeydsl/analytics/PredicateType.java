package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Type of a filter predicate; optional, usually inferred.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class PredicateType extends OpenEnum {
  private static final KnownValues<PredicateType> KNOWN = new KnownValues<>(PredicateType::new);

  /** {@code dimension} */
  public static final PredicateType DIMENSION = KNOWN.add("dimension");

  /** {@code property} */
  public static final PredicateType PROPERTY = KNOWN.add("property");

  /** {@code metric} */
  public static final PredicateType METRIC = KNOWN.add("metric");

  private PredicateType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static PredicateType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<PredicateType> knownValues() {
    return KNOWN.values();
  }
}
