package io.journeydsl.validation;

import jakarta.annotation.Nullable;
import java.util.Objects;

/**
 * One finding of the validator.
 *
 * @param path where, in wire names with bundle identity, e.g.
 *     {@code actionMaps[Offer the sale].pageUrlConditions[0].operator}; empty for the input itself
 * @param code the stable dotted rule code, documented in {@code docs/validation-rules.md}
 * @param message a readable message naming the rejected value (secrets masked)
 * @param severity how serious it is
 * @param rejectedValue the offending value (masked when secret), or {@code null}
 */
public record Violation(String path, String code, String message, Severity severity,
    @Nullable Object rejectedValue) implements Comparable<Violation> {

  /** Checks that every component but the rejected value is present. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** This violation with {@code prefix} put before its path (joined with a dot when needed). */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Violation(joined, code, message, severity, rejectedValue);
  }

  /** Orders by path (numbers inside compared by value), then code, severity and message. */
  @Override
  public int compareTo(Violation other) {
    int c = NaturalOrder.compare(path, other.path);
    if (c == 0) {
      c = code.compareTo(other.code);
    }
    if (c == 0) {
      c = severity.compareTo(other.severity);
    }
    if (c == 0) {
      c = message.compareTo(other.message);
    }
    if (c == 0) {
      c = path.compareTo(other.path);
    }
    return c != 0 ? c : String.valueOf(rejectedValue).compareTo(String.valueOf(other.rejectedValue));
  }

  /**
   * Equal when every component is equal, as a record's would be; written out because a record's
   * generated {@code equals} and {@code hashCode} are linked on first use, about 40 ms of the first
   * report in a new JVM.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Violation v && path.equals(v.path) && code.equals(v.code) && message.equals(v.message)
        && severity == v.severity && Objects.equals(rejectedValue, v.rejectedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, message, severity, rejectedValue);
  }

  /** {@code path [code] SEVERITY message}, one line. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(input)" : path) + " [" + code + "] " + severity + " " + message;
  }
}
