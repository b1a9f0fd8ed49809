package io.journeydsl.validation.internal;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.internal.WireFields;
import jakarta.annotation.Nullable;

/**
 * Bundle identity in paths: an object is named by its display name ({@code name} for action
 * templates), {@code actionMaps[Offer the sale]}, or by its position when it has no name.
 */
public final class BundlePaths {
  private BundlePaths() {}

  /** The name an object of {@code collection} is known by (the catalogue's name field), or {@code null}. */
  public static @Nullable String nameOf(Object object, ApiCollection collection) {
    return (String) WireFields.get(object, collection.nameField());
  }

  /** {@code collection[name]}, or {@code collection[index]} when the name is missing or blank. */
  public static String of(String collection, @Nullable String name, int index) {
    return collection + "[" + (name == null || name.isBlank() ? Integer.toString(index) : name) + "]";
  }
}
