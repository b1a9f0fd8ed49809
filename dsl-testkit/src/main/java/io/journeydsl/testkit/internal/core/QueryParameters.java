package io.journeydsl.testkit.internal.core;

import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads of decoded query parameters; every bad value is a 400 naming the parameter. */
final class QueryParameters {
  private final Map<String, List<String>> values;

  QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  boolean has(String name) {
    List<String> list = values.get(name);
    return list != null && !list.isEmpty();
  }

  @Nullable String single(String name) {
    List<String> list = values.get(name);
    if (list == null || list.isEmpty()) {
      return null;
    }
    if (list.size() > 1) {
      throw ApiError.badField(name, "invalid.value", "Query parameter '" + name + "' must be given once");
    }
    return list.get(0);
  }

  /** A list parameter: repeated keys and comma-joined values both accepted; blanks dropped. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String value : values.getOrDefault(name, List.of())) {
      for (String part : value.split(",", -1)) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  int integer(String name, int defaultValue, int min, int max) {
    String text = single(name);
    if (text == null) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badField(name, "invalid.value", "Query parameter '" + name + "' must be an integer, was '" + text + "'");
    }
    if (value < min || value > max) {
      throw ApiError.badField(name, "invalid.value",
          "Query parameter '" + name + "' must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  @Nullable Boolean bool(String name) {
    String text = single(name);
    if (text == null) {
      return null;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    throw ApiError.badField(name, "invalid.value", "Query parameter '" + name + "' must be true or false, was '" + text + "'");
  }

  /** Both or neither of a pair must be present. */
  void paired(String first, String second) {
    if (has(first) != has(second)) {
      String missing = has(first) ? second : first;
      String present = has(first) ? first : second;
      throw ApiError.badField(missing, "required",
          "Query parameter '" + present + "' requires '" + missing + "' to also be set");
    }
  }
}
