package io.journeydsl.criteria;

import io.journeydsl.internal.Args;
import java.util.List;

/**
 * The text operators shared by criteria, event conditions and URL conditions. Each method returns
 * the finished wire value: a key or a condition alone is not a criterion, so it cannot be passed
 * where one is expected.
 *
 * @param <C> the wire type produced ({@link Criteria}, {@link EntityTypeCriteria}, ...)
 */
public abstract class Operators<C> {
  /** For the key and condition types of journey-dsl. */
  protected Operators() {}

  /** Builds the wire value for an operator and its values. */
  protected abstract C make(Operator operator, List<String> values);

  /** Matches a value equal to {@code value}. */
  public final C equal(String value) {
    return of(Operator.EQUAL, value);
  }

  /** Matches a value different from {@code value}. */
  public final C notEqual(String value) {
    return of(Operator.NOT_EQUAL, value);
  }

  /** Matches a value starting with {@code prefix}. */
  public final C startsWith(String prefix) {
    return of(Operator.STARTS_WITH, prefix);
  }

  /** Matches a value ending with {@code suffix}. */
  public final C endsWith(String suffix) {
    return of(Operator.ENDS_WITH, suffix);
  }

  /** Matches a value containing {@code part} (operator {@code containsAll} with one value). */
  public final C contains(String part) {
    return of(Operator.CONTAINS_ALL, part);
  }

  /** Matches a value containing every one of {@code parts}. */
  public final C containsAll(String first, String... more) {
    return of(Operator.CONTAINS_ALL, first, more);
  }

  /** Matches a value containing at least one of {@code parts}. */
  public final C containsAny(String first, String... more) {
    return of(Operator.CONTAINS_ANY, first, more);
  }

  /** Matches a value that does not contain every one of {@code parts}. */
  public final C notContainsAll(String first, String... more) {
    return of(Operator.NOT_CONTAINS_ALL, first, more);
  }

  /** Matches a value containing none of {@code parts}. */
  public final C notContainsAny(String first, String... more) {
    return of(Operator.NOT_CONTAINS_ANY, first, more);
  }

  final C of(Operator operator, String first, String... more) {
    return make(operator, Args.nonNullList(operator + " value", first, more));
  }
}
