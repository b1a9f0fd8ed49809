package io.journeydsl.validation.internal;

import jakarta.annotation.Nullable;

/**
 * The generated implementation of a model type: Immutables writes {@code ImmutableX} beside each
 * top-level abstract value type {@code X} (the style keeps that name, package-private).
 */
final class Implementations {
  private Implementations() {}

  /** {@code ImmutableX} for {@code X}, loaded but not initialised; {@code null} when there is none. */
  static @Nullable Class<?> of(Class<?> type) {
    if (type.getEnclosingClass() != null || !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      Class<?> implementation = Class.forName(name, false, type.getClassLoader());
      return type.isAssignableFrom(implementation) ? implementation : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
