package io.journeydsl.internal;

import io.journeydsl.model.OpenEnum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The registry behind one {@link OpenEnum} type: its known constants in declaration order, and the
 * factory that wraps an unknown wire value without losing it.
 */
public final class KnownValues<E extends OpenEnum> {
  private final Map<String, E> byValue = new LinkedHashMap<>();
  private final BiFunction<String, Boolean, E> factory;

  public KnownValues(BiFunction<String, Boolean, E> factory) {
    this.factory = factory;
  }

  /** Declares a known constant; called from the enum type's static initializer only. */
  public E add(String value) {
    E constant = factory.apply(value, true);
    byValue.put(value, constant);
    return constant;
  }

  /** The canonical constant for a known value, or a new open value for any other string. */
  public E of(String value) {
    Objects.requireNonNull(value, "value");
    E known = byValue.get(value);
    return known != null ? known : factory.apply(value, false);
  }

  /** The known constants, in declaration order. */
  public List<E> values() {
    return Collections.unmodifiableList(new ArrayList<>(byValue.values()));
  }
}
