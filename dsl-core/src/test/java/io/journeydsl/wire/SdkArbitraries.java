package io.journeydsl.wire;

import static io.journeydsl.wire.ModelArbitraries.invoke;
import static io.journeydsl.wire.ModelArbitraries.widen;

import io.journeydsl.model.OpenEnum;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary instances of the SDK's model classes, populated field by field from the SDK's own
 * declarations (read-only fields such as id and selfUri included). Independent of our model, so the
 * reverse direction checks our types against what the SDK can hold, not against our own generator.
 */
final class SdkArbitraries {
  /** The SDK's placeholder for values it does not know; it never reaches the wire from a real client. */
  private static final String OUTDATED = "OUTDATEDSDKVERSION";
  private static final int MAX_OCCURRENCES_ON_PATH = 2;
  private static final Map<Class<?>, Arbitrary<Object>> CACHE = new ConcurrentHashMap<>();

  private SdkArbitraries() {}

  /** One SDK value per model type of ours, in {@link ModelCatalog#modelTypes()} order. */
  static Arbitrary<List<Object>> oneOfEach() {
    return Combinators.combine(ModelCatalog.modelTypes().stream().map(t -> of(ModelCatalog.sdkClass(t))).toList())
        .as(all -> all);
  }

  static Arbitrary<Object> of(Class<?> sdkClass) {
    return CACHE.computeIfAbsent(sdkClass, c -> model(c, List.of()));
  }

  private static Arbitrary<Object> model(Class<?> type, List<Class<?>> path) {
    List<Class<?>> below = new ArrayList<>(path);
    below.add(type);
    List<Field> fields = Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .toList();
    Map<String, Method> ours = oursOf(type);
    List<Arbitrary<Object>> values = new ArrayList<>();
    for (Field field : fields) {
      field.setAccessible(true);
      Arbitrary<Object> typed = typedByUs(field, ours.get(field.getName()));
      Arbitrary<Object> value = typed != null ? typed : value(field.getGenericType(), below);
      values.add(value == null ? Arbitraries.just(null) : value.injectNull(0.25));
    }
    return Combinators.combine(values).as(combined -> {
      Object instance = invoke(() -> type.getConstructor().newInstance());
      for (int i = 0; i < fields.size(); i++) {
        Field field = fields.get(i);
        Object value = combined.get(i);
        invoke(() -> {
          field.set(instance, value);
          return null;
        });
      }
      return instance;
    });
  }

  /** Our attributes of the model type the SDK class stands for, by wire name (empty for SDK-only types). */
  private static Map<String, Method> oursOf(Class<?> sdkClass) {
    for (Class<?> ours : ModelCatalog.modelTypes()) {
      if (ModelCatalog.sdkClass(ours) == sdkClass) {
        return ModelCatalog.attributes(ours);
      }
    }
    return Map.of();
  }

  /**
   * Values for a field the SDK leaves as free text but journey-dsl types as an open enumeration (an
   * aggregate result's metric, the dimensions of its group): the API sends only the enumeration's
   * values there, so the SDK side draws from them too. Null for every other field.
   */
  private static Arbitrary<Object> typedByUs(Field field, Method ours) {
    if (ours == null) {
      return null;
    }
    Type theirs = field.getGenericType();
    Type mine = ours.getGenericReturnType();
    if (theirs == String.class && mine instanceof Class<?> c && OpenEnum.class.isAssignableFrom(c)) {
      return widen(knownSpellings(c));
    }
    if (theirs instanceof ParameterizedType t && t.getRawType() == Map.class && t.getActualTypeArguments()[0] == String.class
        && mine instanceof ParameterizedType m && m.getActualTypeArguments()[0] instanceof Class<?> key
        && OpenEnum.class.isAssignableFrom(key)) {
      return widen(ValueArbitraries.maps(knownSpellings(key), ValueArbitraries.strings()));
    }
    return null;
  }

  private static Arbitrary<String> knownSpellings(Class<?> openEnum) {
    List<?> known = (List<?>) invoke(() -> openEnum.getMethod("knownValues").invoke(null));
    return Arbitraries.of(known).map(Object::toString);
  }

  private static Arbitrary<Object> value(Type type, List<Class<?>> path) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        Arbitrary<Object> element = value(args[0], path);
        return element == null ? null : widen(ValueArbitraries.lists(element));
      }
      if (raw == Map.class && args[0] == String.class && args[1] == String.class) {
        return widen(ValueArbitraries.stringMaps());
      }
      if (raw == Map.class && args[0] == String.class && args[1] == Object.class) {
        return widen(ValueArbitraries.jsonObjects(true));
      }
    } else if (type instanceof Class<?> c) {
      Arbitrary<?> scalar = ValueArbitraries.scalar(c);
      if (scalar != null) return widen(scalar);
      if (c == Date.class) return widen(ValueArbitraries.instants().map(Date::from));
      if (c.isEnum()) {
        return widen(Arbitraries.of(Arrays.stream(c.getEnumConstants())
            .filter(e -> !((Enum<?>) e).name().equals(OUTDATED)).toList()));
      }
      if (ModelCatalog.isSdkModel(c)) {
        return Collections.frequency(path, c) >= MAX_OCCURRENCES_ON_PATH ? null : model(c, path);
      }
    }
    throw new IllegalStateException("no arbitrary for SDK field type " + type.getTypeName());
  }
}
