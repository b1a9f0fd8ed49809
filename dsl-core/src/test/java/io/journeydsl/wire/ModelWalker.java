package io.journeydsl.wire;

import io.journeydsl.error.LimitNamespace;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.json.ExplicitNulls;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists what our model took in without understanding it: unknown fields, enum values it does not
 * know, and explicit nulls. Reading JSON from the SDK must leave none of these, else a field or
 * enum value the SDK knows went to our catch-all instead of a typed attribute.
 */
final class ModelWalker {
  private ModelWalker() {}

  static List<String> notModelled(Object value) {
    List<String> found = new ArrayList<>();
    walk(value, "$", found);
    return found;
  }

  private static void walk(Object value, String path, List<String> found) {
    if (value instanceof OpenEnum e && !e.isKnown() && !(e instanceof LimitNamespace)) {
      found.add(path + ": unknown " + e.getClass().getSimpleName() + " '" + e.value() + "'");
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", found);
      }
    } else if (value != null && modelType(value.getClass()) != null) {
      Class<?> type = modelType(value.getClass());
      Map<?, ?> unknown = ModelArbitraries.invoke(() -> type.getMethod("unknownFields").invoke(value));
      if (!unknown.isEmpty()) {
        found.add(path + ": unknown fields " + unknown.keySet());
      }
      if (value instanceof ExplicitNulls patch && !patch.explicitNulls().isEmpty()) {
        found.add(path + ": explicit nulls " + patch.explicitNulls());
      }
      for (Map.Entry<String, Method> attribute : ModelCatalog.attributes(type).entrySet()) {
        Object child = ModelArbitraries.invoke(() -> attribute.getValue().invoke(value));
        walk(child, path + "." + attribute.getKey(), found);
      }
    }
  }

  /** The abstract model type behind a generated Immutable* class, or null for any other class. */
  static Class<?> modelType(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      if (ModelCatalog.isModelType(k)) {
        return k;
      }
    }
    return null;
  }
}
