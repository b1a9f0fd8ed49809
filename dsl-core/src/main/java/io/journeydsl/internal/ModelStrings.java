package io.journeydsl.internal;

import io.journeydsl.json.JourneyJson;

/**
 * The {@code toString()} of model values: the type name and the compact wire JSON, e.g.
 * {@code UrlCondition{"values":["/pricing"],"operator":"containsAll"}}. Unset fields are left out,
 * so a fifteen-field object with two fields set reads as two fields.
 */
public final class ModelStrings {
  private static final String IMPLEMENTATION_PREFIX = "Immutable";

  private ModelStrings() {}

  /** The readable form of {@code value}. */
  public static String of(Object value) {
    String name = value.getClass().getSimpleName();
    if (name.startsWith(IMPLEMENTATION_PREFIX)) {
      name = name.substring(IMPLEMENTATION_PREFIX.length());
    }
    return name + JourneyJson.write(value);
  }
}
