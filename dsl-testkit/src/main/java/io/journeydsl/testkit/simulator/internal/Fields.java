package io.journeydsl.testkit.simulator.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An event's values as criteria read them, with each value lower-cased at most once per event: many
 * criteria ignore case on the same key (a hundred segments on {@code page.url}), and lower-casing the
 * URL for each of them was most of the simulator's time.
 */
final class Fields {
  private final Map<String, String> values;
  private final Map<String, String> lowered = new HashMap<>(8);

  Fields(Map<String, String> values) {
    this.values = values;
  }

  String get(String key) {
    return values.get(key);
  }

  String lower(String key) {
    String value = lowered.get(key);
    if (value == null) {
      String raw = values.get(key);
      if (raw == null) {
        return null;
      }
      value = raw.toLowerCase(Locale.ROOT);
      lowered.put(key, value);
    }
    return value;
  }
}
