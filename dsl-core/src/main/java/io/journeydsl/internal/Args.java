package io.journeydsl.internal;

import io.journeydsl.JourneyDslException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Argument checks shared by the DSL factories; each failure is a {@link JourneyDslException} naming the argument. */
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
    all.add(requireNonNull(first, what));
    for (T t : Arrays.asList(more)) {
      all.add(requireNonNull(t, what));
    }
    return all;
  }

  /** Fails with a message naming {@code argument} when {@code value} is {@code null}. */
  public static <T> T requireNonNull(T value, String argument) {
    if (value == null) {
      throw new JourneyDslException(argument + " must not be null");
    }
    return value;
  }

  /** Fails with a message naming {@code argument} when {@code value} is null or blank. */
  public static String requireText(String value, String argument) {
    if (value == null || value.isBlank()) {
      throw new JourneyDslException(argument + " must not be null or blank");
    }
    return value;
  }
}
