package io.journeydsl.criteria;

import io.journeydsl.model.OpenEnum;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The comparison operator of criteria and conditions.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class Operator extends OpenEnum {
  private static final KnownValues<Operator> KNOWN = new KnownValues<>(Operator::new);

  /** {@code containsAll} */
  public static final Operator CONTAINS_ALL = KNOWN.add("containsAll");

  /** {@code containsAny} */
  public static final Operator CONTAINS_ANY = KNOWN.add("containsAny");

  /** {@code notContainsAll} */
  public static final Operator NOT_CONTAINS_ALL = KNOWN.add("notContainsAll");

  /** {@code notContainsAny} */
  public static final Operator NOT_CONTAINS_ANY = KNOWN.add("notContainsAny");

  /** {@code equal} */
  public static final Operator EQUAL = KNOWN.add("equal");

  /** {@code notEqual} */
  public static final Operator NOT_EQUAL = KNOWN.add("notEqual");

  /** {@code greaterThan} */
  public static final Operator GREATER_THAN = KNOWN.add("greaterThan");

  /** {@code greaterThanOrEqual} */
  public static final Operator GREATER_THAN_OR_EQUAL = KNOWN.add("greaterThanOrEqual");

  /** {@code lessThan} */
  public static final Operator LESS_THAN = KNOWN.add("lessThan");

  /** {@code lessThanOrEqual} */
  public static final Operator LESS_THAN_OR_EQUAL = KNOWN.add("lessThanOrEqual");

  /** {@code startsWith} */
  public static final Operator STARTS_WITH = KNOWN.add("startsWith");

  /** {@code endsWith} */
  public static final Operator ENDS_WITH = KNOWN.add("endsWith");

  private Operator(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static Operator of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<Operator> knownValues() {
    return KNOWN.values();
  }
}
