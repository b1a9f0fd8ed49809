package io.journeydsl.validation.internal;

import io.journeydsl.model.OpenEnum;
import jakarta.annotation.Nullable;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rule of {@code @KnownValue}: an open enum the library knows, or a string among the accepted values. */
final class KnownValues {
  private static final Map<Class<?>, List<?>> KNOWN = new ConcurrentHashMap<>();

  private KnownValues() {}

  /**
   * {@code null} when {@code value} is absent or known; otherwise the message parameters: the known
   * values and a "did you mean" suggestion.
   *
   * @param values the accepted strings, for a value that is not an open enum
   */
  static @Nullable Map<String, Object> problem(@Nullable Object value, List<String> values) {
    if (value == null) {
      return null;
    }
    List<?> known;
    if (value instanceof OpenEnum e) {
      if (e.isKnown()) {
        return null;
      }
      known = KNOWN.computeIfAbsent(value.getClass(), KnownValues::knownValuesOf);
    } else {
      if (values.contains(value.toString())) {
        return null;
      }
      known = values;
    }
    List<String> names = known.stream().map(String::valueOf).toList();
    String shown = value instanceof OpenEnum e ? e.value() : value.toString();
    return Map.of("known", known, "suggestion", Suggestions.didYouMean(shown, names));
  }

  private static List<?> knownValuesOf(Class<?> type) {
    try {
      Method method = type.getMethod("knownValues");
      return (List<?>) method.invoke(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return List.of();
    }
  }
}
