package io.journeydsl.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of the string-backed, <em>open</em> enumerations of the Journey wire format.
 *
 * <p>Genesys adds enum values over time. A Java {@code enum} would turn a value we do not know into
 * an error or an {@code UNKNOWN} that is then sent back in a PATCH. An open enum keeps the exact wire
 * spelling instead: {@code MediaType.of("newKind")} round-trips unchanged and reports
 * {@link #isKnown()} {@code false}. Known values are canonical instances and compare with
 * {@code equals}; comparison is case-sensitive, as on the wire.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The exact wire spelling. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this value is one of the constants journey-dsl was built with. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
