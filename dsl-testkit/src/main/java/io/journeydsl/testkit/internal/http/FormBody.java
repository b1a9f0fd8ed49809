package io.journeydsl.testkit.internal.http;

import io.journeydsl.testkit.internal.core.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes {@code application/x-www-form-urlencoded} text and query strings. */
final class FormBody {
  private FormBody() {}

  /** Single-valued view: the first value of each key. */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    multi(text).forEach((key, values) -> out.put(key, values.get(0)));
    return out;
  }

  /** Every value of every key, in order; {@code +} and {@code %20} both decode to a space. */
  static Map<String, List<String>> multi(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badField("query", "invalid.value", "Malformed percent-encoding in '" + text + "'");
    }
  }
}
