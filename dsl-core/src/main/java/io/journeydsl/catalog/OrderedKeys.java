package io.journeydsl.catalog;

import java.util.Set;

/**
 * Which criteria keys compare by order ({@code greaterThan}, {@code lessThan} and their
 * {@code OrEqual} forms): the browser version, and every custom attribute
 * ({@code attributes.<name>.value}), whose values may be numbers or dates. Every other key compares
 * as text only. The DSL gives these keys an {@code OrderedKey} type, the validator refuses an order
 * operator on any other known key, and both read this class.
 */
public final class OrderedKeys {
  /** The prefix of a custom attribute's key, {@code attributes.<name>.value}. */
  public static final String ATTRIBUTE_PREFIX = "attributes.";
  /** The suffix of a custom attribute's key. */
  public static final String ATTRIBUTE_SUFFIX = ".value";

  /** The fixed keys that compare by order. */
  private static final Set<String> FIXED = Set.of("browser.version");

  private OrderedKeys() {}

  /** The key of the custom attribute {@code name}: {@code attributes.<name>.value}. */
  public static String attributeKey(String name) {
    return ATTRIBUTE_PREFIX + name + ATTRIBUTE_SUFFIX;
  }

  /** Whether {@code key} is a custom attribute's key. */
  public static boolean isAttribute(String key) {
    return key.startsWith(ATTRIBUTE_PREFIX);
  }

  /** Whether values of {@code key} compare by order. */
  public static boolean comparesByOrder(String key) {
    return FIXED.contains(key) || isAttribute(key);
  }

  /** The fixed (non-attribute) keys that compare by order. */
  public static Set<String> fixedKeys() {
    return FIXED;
  }
}
