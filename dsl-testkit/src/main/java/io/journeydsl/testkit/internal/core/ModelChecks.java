package io.journeydsl.testkit.internal.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.json.ExplicitNulls;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import jakarta.annotation.Nullable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Server-side checks of a decoded request body, independent of {@code dsl-validation}: required
 * fields (per the catalogue's {@link RequiredFields}), "one or more" lists, enum values this API generation knows,
 * and (unless accepted) fields the API does not define. The first problem becomes a 400 whose
 * {@code details[0].fieldName} is the wire path ({@code action.actionTemplate.id},
 * {@code pageUrlConditions[0].values}).
 */
final class ModelChecks {
  private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

  private final ApiProfile profile;
  private final boolean acceptUnknownFields;

  ModelChecks(ApiProfile profile, boolean acceptUnknownFields) {
    this.profile = profile;
    this.acceptUnknownFields = acceptUnknownFields;
  }

  /** Checks a whole body; throws the 400 for the first problem found. */
  void check(Object body) {
    walk(body, "");
  }

  private void walk(@Nullable Object value, String path) {
    if (value == null) {
      return;
    }
    if (value instanceof OpenEnum open) {
      if (!open.isKnown()) {
        throw ApiError.badField(path, "invalid.value", "Value [" + open.value()
            + "] is not valid for field [" + path + "]. Allowable values are: " + allowed(open));
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]");
      }
      return;
    }
    Class<?> model = modelType(value.getClass());
    if (model == null) {
      return;
    }
    for (Method accessor : accessors(model)) {
      String field = accessor.getName();
      Object fieldValue = invoke(accessor, value);
      String fieldPath = path.isEmpty() ? field : path + "." + field;
      if (fieldValue == null && RequiredFields.of(model, profile).contains(field)) {
        throw ApiError.badField(fieldPath, "required", "Field '" + fieldPath + "' is required");
      }
      if (fieldValue instanceof List<?> list && list.isEmpty() && RequiredFields.nonEmpty(model, field)) {
        throw ApiError.badField(fieldPath, "required", "Field '" + fieldPath + "' needs one or more elements");
      }
      walk(fieldValue, fieldPath);
    }
    if (!acceptUnknownFields) {
      Map<String, JsonNode> unknown = unknownFields(value, model);
      if (!unknown.isEmpty()) {
        String field = unknown.keySet().iterator().next();
        String fieldPath = path.isEmpty() ? field : path + "." + field;
        throw ApiError.badField(fieldPath, "unknown.field",
            "Unrecognized field '" + fieldPath + "': not part of " + model.getSimpleName());
      }
    }
  }

  private static String allowed(OpenEnum value) {
    try {
      Object known = value.getClass().getMethod("knownValues").invoke(null);
      return ((List<?>) known).stream().map(Object::toString).collect(Collectors.joining(", "));
    } catch (ReflectiveOperationException e) {
      return "(unknown)";
    }
  }

  /** The abstract io.journeydsl model type behind an Immutables implementation, or null. */
  private static @Nullable Class<?> modelType(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isAbstract(c.getModifiers()) && c.getName().startsWith("io.journeydsl.")
          && !OpenEnum.class.isAssignableFrom(c)) {
        return c;
      }
    }
    return null;
  }

  private static List<Method> accessors(Class<?> model) {
    return ACCESSORS.computeIfAbsent(model, m -> {
      List<Method> out = new ArrayList<>();
      for (Method method : m.getMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
            && !method.getName().equals("unknownFields") && !method.getName().equals("explicitNulls")
            && method.getDeclaringClass().getName().startsWith("io.journeydsl.")
            && method.getDeclaringClass() != ExplicitNulls.class) {
          out.add(method);
        }
      }
      out.sort(Comparator.comparing(Method::getName));
      return List.copyOf(out);
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, JsonNode> unknownFields(Object value, Class<?> model) {
    try {
      return (Map<String, JsonNode>) model.getMethod("unknownFields").invoke(value);
    } catch (NoSuchMethodException e) {
      return Map.of();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read unknownFields of " + model.getSimpleName(), e);
    }
  }

  private static @Nullable Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("accessor " + accessor.getName() + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("accessor " + accessor.getName() + " is not accessible", e);
    }
  }
}
