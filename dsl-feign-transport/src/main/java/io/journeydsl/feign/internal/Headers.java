package io.journeydsl.feign.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Header look-ups that ignore the case of the name, as HTTP requires. */
final class Headers {
  private Headers() {}

  static Optional<String> first(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().iterator().next());
      }
    }
    return Optional.empty();
  }
}
