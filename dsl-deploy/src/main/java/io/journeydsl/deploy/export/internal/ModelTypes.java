package io.journeydsl.deploy.export.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What the source writer needs to know about a model type, found by reflection so that a field
 * added to the model is exported without a change here: the public abstract type behind an
 * Immutables value, its attributes in wire order, and the methods of its builder.
 */
final class ModelTypes {
  private static final Map<Class<?>, Optional<Class<?>>> MODEL = new ConcurrentHashMap<>();
  private static final Map<Class<?>, List<Method>> ATTRIBUTES = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> LAMBDA_SETTERS = new ConcurrentHashMap<>();
  private static final Map<String, Optional<String>> PUTTERS = new ConcurrentHashMap<>();

  private ModelTypes() {}

  /** The public model type of {@code value} (the abstract class with a static {@code builder()}), if it is one. */
  static Optional<Class<?>> modelType(Object value) {
    return MODEL.computeIfAbsent(value.getClass(), ModelTypes::findModelType);
  }

  private static Optional<Class<?>> findModelType(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers()) && Modifier.isAbstract(c.getModifiers()) && builderClass(c).isPresent()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The public nested {@code Builder} returned by {@code type.builder()}. */
  static Optional<Class<?>> builderClass(Class<?> type) {
    try {
      Method builder = type.getDeclaredMethod("builder");
      if (Modifier.isStatic(builder.getModifiers()) && Modifier.isPublic(builder.getModifiers())
          && Modifier.isPublic(builder.getReturnType().getModifiers())) {
        return Optional.of(builder.getReturnType());
      }
    } catch (NoSuchMethodException e) {
      // not a model type
    }
    return Optional.empty();
  }

  /**
   * The attributes of a model type: its public abstract accessors, in the wire order of
   * {@link JsonPropertyOrder}, then any others by name (so the output never depends on reflection
   * order), the unknown-fields map last.
   */
  static List<Method> attributes(Class<?> modelType) {
    return ATTRIBUTES.computeIfAbsent(modelType, ModelTypes::findAttributes);
  }

  private static List<Method> findAttributes(Class<?> modelType) {
    List<Method> all = new ArrayList<>();
    for (Method m : modelType.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0 && !m.getName().equals("toString")
          && m.getDeclaringClass() != Object.class) {
        all.add(m);
      }
    }
    JsonPropertyOrder order = modelType.getAnnotation(JsonPropertyOrder.class);
    List<String> wireOrder = order == null ? List.of() : Arrays.asList(order.value());
    all.sort(Comparator.<Method>comparingInt(m -> m.getName().equals("unknownFields") ? 1 : 0)
        .thenComparingInt(m -> wireOrder.contains(m.getName()) ? wireOrder.indexOf(m.getName()) : Integer.MAX_VALUE)
        .thenComparing(Method::getName));
    return List.copyOf(all);
  }

  /** Whether the builder of {@code modelType} takes a builder lambda for {@code attribute}. */
  static boolean hasLambdaSetter(Class<?> modelType, String attribute) {
    return LAMBDA_SETTERS.computeIfAbsent(modelType.getName() + "#" + attribute, k -> findLambdaSetter(modelType, attribute));
  }

  private static boolean findLambdaSetter(Class<?> modelType, String attribute) {
    return builderClass(modelType).map(b -> {
      for (Method m : b.getMethods()) {
        if (m.getName().equals(attribute) && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Consumer.class) {
          return true;
        }
      }
      return false;
    }).orElse(false);
  }

  /**
   * The builder method that puts one entry into the map attribute {@code attribute}
   * ({@code putUnknownField} for {@code unknownFields}): the {@code put*} method of two parameters
   * whose name, without {@code put}, is the longest prefix of the attribute name.
   */
  static Optional<String> putter(Class<?> modelType, String attribute) {
    return PUTTERS.computeIfAbsent(modelType.getName() + "#" + attribute, k -> findPutter(modelType, attribute));
  }

  private static Optional<String> findPutter(Class<?> modelType, String attribute) {
    return builderClass(modelType).flatMap(b -> {
      String best = null;
      for (Method m : b.getMethods()) {
        String name = m.getName();
        if (name.startsWith("put") && !name.startsWith("putAll") && m.getParameterCount() == 2 && name.length() > 3) {
          String stem = Character.toLowerCase(name.charAt(3)) + name.substring(4);
          if (attribute.startsWith(stem) && (best == null || stem.length() > best.length() - 3)) {
            best = name;
          }
        }
      }
      return Optional.ofNullable(best);
    });
  }
}
