package io.journeydsl.deploy.export.internal;

import io.journeydsl.json.JourneyJson;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A DSL form is used only when evaluating it here gives back exactly the wire JSON of the value it
 * stands for; otherwise the writer falls back to the type's builder. So a DSL method that sets a
 * field differently from what the org holds (a default, a flag, a rounding) can never change the
 * exported configuration, whatever the DSL does in a later version.
 */
final class Verified {
  private Verified() {}

  /**
   * {@code code} when {@code candidate} builds a value with the same wire JSON as {@code original}
   * (a candidate the DSL refuses, by throwing, is no match).
   */
  static Optional<String> form(Object original, Supplier<?> candidate, Supplier<String> code) {
    Object built;
    try {
      built = candidate.get();
    } catch (RuntimeException refused) {
      return Optional.empty();
    }
    return same(original, built) ? Optional.of(code.get()) : Optional.empty();
  }

  /** Whether two values write the same wire JSON text. */
  static boolean same(Object a, Object b) {
    return JourneyJson.write(a).equals(JourneyJson.write(b));
  }
}
