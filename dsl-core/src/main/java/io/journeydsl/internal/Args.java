package io.journeydsl.internal;

import io.journeydsl.JourneyDslException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Argument checks shared by the DSL factories: one-or-more lists whose elements are never null. */
public final class Args {
  private Args() {}

  /**
   * {@code first} and {@code more} as a new list.
   *
   * @param what names an element in the message of the {@link JourneyDslException} for a null
   */
  @SafeVarargs
  public static <T> List<T> nonNullList(String what, T first, T... more) {
    List<T> all = new ArrayList<>(1 + more.length);
    all.add(JourneyDslException.requireNonNull(first, what));
    for (T t : Arrays.asList(more)) {
      all.add(JourneyDslException.requireNonNull(t, what));
    }
    return all;
  }
}
