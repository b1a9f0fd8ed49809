package io.journeydsl.criteria;

import java.util.List;

/**
 * A criterion key with text values, such as {@code page.url}. Its operators produce finished
 * criteria of type {@code C}; a journey key produces {@link Criteria} and a context key
 * {@link EntityTypeCriteria}, so one cannot stand where the other is expected. Matching is
 * case-sensitive unless {@link #ignoringCase()} is used.
 *
 * @param <C> the criterion type produced
 */
public class TextKey<C> extends Operators<C> {
  private final String key;
  private final boolean ignoreCase;
  private final CriterionFactory<C> factory;

  TextKey(String key, boolean ignoreCase, CriterionFactory<C> factory) {
    this.key = key;
    this.ignoreCase = ignoreCase;
    this.factory = factory;
  }

  static <C> TextKey<C> of(String key, CriterionFactory<C> factory) {
    return new TextKey<>(key, false, factory);
  }

  /** The wire key, e.g. {@code page.url}. */
  public final String key() {
    return key;
  }

  /** Whether the criteria of this key match ignoring case ({@code shouldIgnoreCase}). */
  public final boolean ignoreCase() {
    return ignoreCase;
  }

  /** The same key, matching ignoring case. */
  public TextKey<C> ignoringCase() {
    return new TextKey<>(key, true, factory);
  }

  final CriterionFactory<C> factory() {
    return factory;
  }

  @Override
  protected final C make(Operator operator, List<String> values) {
    return factory.make(key, operator, values, ignoreCase);
  }

  @Override
  public String toString() {
    return ignoreCase ? key + " (ignoring case)" : key;
  }
}
