package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The customer property a survey answer maps to.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class CustomerProperty extends OpenEnum {
  private static final KnownValues<CustomerProperty> KNOWN = new KnownValues<>(CustomerProperty::new);

  /** {@code givenName} */
  public static final CustomerProperty GIVEN_NAME = KNOWN.add("givenName");

  /** {@code familyName} */
  public static final CustomerProperty FAMILY_NAME = KNOWN.add("familyName");

  /** {@code email} */
  public static final CustomerProperty EMAIL = KNOWN.add("email");

  /** {@code phone} */
  public static final CustomerProperty PHONE = KNOWN.add("phone");

  /** {@code gender} */
  public static final CustomerProperty GENDER = KNOWN.add("gender");

  /** {@code companyName} */
  public static final CustomerProperty COMPANY_NAME = KNOWN.add("companyName");

  private CustomerProperty(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static CustomerProperty of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<CustomerProperty> knownValues() {
    return KNOWN.values();
  }
}
