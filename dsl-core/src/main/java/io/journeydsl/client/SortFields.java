package io.journeydsl.client;

import java.util.Objects;
import java.util.StringJoiner;

/** Joins sort fields into the comma-separated {@code sortBy} value. */
final class SortFields {
  private SortFields() {}

  static String join(String first, String second, String... more) {
    StringJoiner joiner = new StringJoiner(",");
    joiner.add(Objects.requireNonNull(first, "sortBy field")).add(Objects.requireNonNull(second, "sortBy field"));
    for (String field : more) {
      joiner.add(Objects.requireNonNull(field, "sortBy field"));
    }
    return joiner.toString();
  }
}
