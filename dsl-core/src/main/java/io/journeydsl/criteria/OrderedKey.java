package io.journeydsl.criteria;

import io.journeydsl.catalog.OrderedKeys;

/**
 * A criterion key whose values also compare by order, such as {@code browser.version} or a custom
 * attribute ({@code JourneyKeys.attribute("cartValue")}): the text operators plus the API's
 * {@code greaterThan}, {@code greaterThanOrEqual}, {@code lessThan} and {@code lessThanOrEqual}.
 *
 * @param <C> the criterion type produced
 */
public final class OrderedKey<C> extends TextKey<C> {
  OrderedKey(String key, boolean ignoreCase, CriterionFactory<C> factory) {
    super(key, ignoreCase, factory);
  }

  @Override
  public OrderedKey<C> ignoringCase() {
    return new OrderedKey<>(key(), true, factory());
  }

  /** Matches a value greater than {@code value}. */
  public C greaterThan(String value) {
    return of(Operator.GREATER_THAN, value);
  }

  /** Matches a value greater than or equal to {@code value}. */
  public C greaterThanOrEqual(String value) {
    return of(Operator.GREATER_THAN_OR_EQUAL, value);
  }

  /** Matches a value less than {@code value}. */
  public C lessThan(String value) {
    return of(Operator.LESS_THAN, value);
  }

  /** Matches a value less than or equal to {@code value}. */
  public C lessThanOrEqual(String value) {
    return of(Operator.LESS_THAN_OR_EQUAL, value);
  }

  static <C> OrderedKey<C> of(String key, CriterionFactory<C> factory) {
    // The catalogue decides which keys compare by order; the DSL only gives them their type.
    if (!OrderedKeys.comparesByOrder(key)) {
      throw new IllegalStateException("the catalogue does not list '" + key + "' as a key that compares by order");
    }
    return new OrderedKey<>(key, false, factory);
  }
}
