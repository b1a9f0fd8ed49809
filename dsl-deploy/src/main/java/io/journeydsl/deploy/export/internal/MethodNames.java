package io.journeydsl.deploy.export.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Names of the generated methods, one per object: the kind and the object's name in camel case
 * ({@code segmentPricingVisitors}), ASCII letters and digits only, numbered when two names come
 * out the same. The kind prefix keeps them apart from the DSL's static methods
 * ({@code segment}, {@code delay}, ...), which a method of the same name would hide.
 */
final class MethodNames {
  private final Set<String> taken = new HashSet<>();

  MethodNames() {
    taken.add("config");
    taken.add("json");
  }

  /** A new method name for an object of kind {@code prefix} named {@code name}. */
  String next(String prefix, String name) {
    StringBuilder out = new StringBuilder(prefix);
    boolean upper = true;
    if (name != null) {
      for (int i = 0; i < name.length() && out.length() < 60; i++) {
        char c = name.charAt(i);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          out.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        } else {
          upper = true;
        }
      }
    }
    String base = out.length() == prefix.length() ? prefix + "1" : out.toString();
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + "_" + n;
    }
    return candidate;
  }
}
