package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Operator of a filter predicate; {@code matches} by default.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class PredicateOperator extends OpenEnum {
  private static final KnownValues<PredicateOperator> KNOWN = new KnownValues<>(PredicateOperator::new);

  /** {@code matches} */
  public static final PredicateOperator MATCHES = KNOWN.add("matches");

  /** {@code exists} */
  public static final PredicateOperator EXISTS = KNOWN.add("exists");

  /** {@code notExists} */
  public static final PredicateOperator NOT_EXISTS = KNOWN.add("notExists");

  private PredicateOperator(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static PredicateOperator of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<PredicateOperator> knownValues() {
    return KNOWN.values();
  }
}
