package io.journeydsl.criteria;

import java.util.List;

/**
 * A criterion key with a yes/no value, such as {@code authenticated}: it offers only equality.
 *
 * @param <C> the criterion type produced
 */
public final class BooleanKey<C> {
  private final String key;
  private final CriterionFactory<C> factory;

  BooleanKey(String key, CriterionFactory<C> factory) {
    this.key = key;
    this.factory = factory;
  }

  /** The wire key, e.g. {@code authenticated}. */
  public String key() {
    return key;
  }

  /** Matches when the value is {@code expected}. */
  public C is(boolean expected) {
    return factory.make(key, Operator.EQUAL, List.of(Boolean.toString(expected)), false);
  }

  /** Matches when the value is {@code true}. */
  public C isTrue() {
    return is(true);
  }

  /** Matches when the value is {@code false}. */
  public C isFalse() {
    return is(false);
  }

  @Override
  public String toString() {
    return key;
  }
}
