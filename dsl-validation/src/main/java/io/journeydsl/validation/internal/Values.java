package io.journeydsl.validation.internal;

import io.journeydsl.model.OpenEnum;
import jakarta.annotation.Nullable;
import java.util.Collection;

/** Small null-safe helpers for checks. */
final class Values {
  private Values() {}

  static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  static boolean isEmpty(@Nullable Collection<?> c) {
    return c == null || c.isEmpty();
  }

  static boolean is(@Nullable OpenEnum e, String wire) {
    return e != null && e.value().equals(wire);
  }

  static @Nullable String wire(@Nullable OpenEnum e) {
    return e == null ? null : e.value();
  }
}
