package io.journeydsl.client;

import io.journeydsl.error.ConflictException;
import io.journeydsl.patch.Patches;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Read-modify-write with retries on version conflicts, shared by the resource clients' {@code update}. */
final class Updates {
  /** As many tries as the Terraform provider gives a version conflict. */
  static final int MAX_ATTEMPTS = 10;

  private Updates() {}

  static <T, P> T readModifyWrite(Supplier<T> read, UnaryOperator<T> change,
      BiFunction<T, T, P> diff, Function<P, T> write) {
    Objects.requireNonNull(change, "change");
    ConflictException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      T current = read.get();
      T desired = Objects.requireNonNull(change.apply(current), "the change returned null");
      if (Patches.changedFields(current, desired).isEmpty()) {
        return current;
      }
      try {
        return write.apply(diff.apply(current, desired));
      } catch (ConflictException e) {
        // Someone changed the object between our read and our PATCH: read it again and reapply.
        last = e;
      }
    }
    throw last;
  }
}
