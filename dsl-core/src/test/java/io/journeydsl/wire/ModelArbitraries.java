package io.journeydsl.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.json.ExplicitNulls;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary instances of our wire model, built by reflection: every abstract accessor gets an
 * arbitrary chosen by its generic return type, and the values go through the type's own builder, as
 * user code would set them. A new attribute is covered automatically; an attribute of a type nobody
 * taught this class fails loudly instead of being skipped.
 */
final class ModelArbitraries {

  /**
   * What to generate beyond plain known values.
   *
   * @param openEnums also enum strings journey-dsl does not know
   * @param unknownFields random fields no model type declares, at every level
   * @param explicitNulls in PATCH types, attributes sent as explicit {@code null}
   * @param sdkRepresentable only what the SDK models can hold: none of the fields newer than the
   *     SDK, and free-form JSON the SDK keeps as it is (see {@link ValueArbitraries#json})
   * @param everyAttribute every attribute set (where recursion allows), instead of a quarter left absent
   */
  record Options(boolean openEnums, boolean unknownFields, boolean explicitNulls, boolean sdkRepresentable,
      boolean everyAttribute) {
    /** What the SDK 198.1.0 can read without loss. */
    static final Options ORACLE = new Options(false, false, false, true, false);
    /** Everything a newer API may send us. */
    static final Options OPEN = new Options(true, true, false, false, false);
    /** Known values, with some attributes of every PATCH type sent as explicit nulls. */
    static final Options PATCH_NULLS = new Options(false, false, true, false, false);
    /** What the bundle's generated readers take without bailing: any enum value, no unknown field, some absent. */
    static final Options PLAIN = new Options(true, false, false, false, false);
    /** As {@link #PLAIN}, with every attribute set. */
    static final Options PLAIN_FULL = new Options(true, false, false, false, true);
  }

  /** Stands for an explicit null while values are combined; never reaches a builder. */
  private static final Object EXPLICIT_NULL = new Object();

  /** A type may nest inside itself once (ErrorBody.errors), which keeps recursive values finite. */
  private static final int MAX_OCCURRENCES_ON_PATH = 2;

  private static final Map<Tuple.Tuple2<Class<?>, Options>, Arbitrary<Object>> CACHE = new ConcurrentHashMap<>();

  private ModelArbitraries() {}

  /**
   * One value of every model type per try, in {@link ModelCatalog#modelTypes()} order: each type
   * gets exactly as many tries as the property, which a random choice of type would not promise.
   */
  static Arbitrary<List<Object>> oneOfEach(Options options) {
    return oneOfEach(ModelCatalog.modelTypes(), options);
  }

  static Arbitrary<List<Object>> oneOfEach(List<Class<?>> types, Options options) {
    return Combinators.combine(types.stream().map(t -> of(t, options)).toList()).as(all -> all);
  }

  static Arbitrary<Object> of(Class<?> type, Options options) {
    return CACHE.computeIfAbsent(Tuple.of(type, options), key -> model(type, options, List.of()));
  }

  private static Arbitrary<Object> model(Class<?> type, Options options, List<Class<?>> path) {
    List<Class<?>> below = new ArrayList<>(path);
    below.add(type);
    boolean patch = options.explicitNulls() && ExplicitNulls.class.isAssignableFrom(type);
    List<String> names = new ArrayList<>();
    List<Method> setters = new ArrayList<>();
    List<Arbitrary<Object>> values = new ArrayList<>();
    for (Map.Entry<String, Method> attribute : ModelCatalog.attributes(type).entrySet()) {
      if (options.sdkRepresentable() && ModelCatalog.isNewerThanSdk(type, attribute.getKey())) {
        continue;
      }
      Method accessor = attribute.getValue();
      Arbitrary<Object> value = value(accessor.getGenericReturnType(), options, below);
      Arbitrary<Object> absentOrValue = value == null ? Arbitraries.just(null)
          : options.everyAttribute() ? value : value.injectNull(0.25);
      names.add(attribute.getKey());
      setters.add(setter(type, accessor.getName(), accessor.getReturnType()));
      values.add(patch
          ? Arbitraries.frequencyOf(Tuple.of(6, absentOrValue), Tuple.of(1, Arbitraries.just(EXPLICIT_NULL)))
          : absentOrValue);
    }
    values.add(options.unknownFields() ? widen(unknownFields(names)) : Arbitraries.just(Map.of()));
    Method unknownFieldsSetter = setter(type, "unknownFields", Map.class);
    Method explicitNullsSetter = ExplicitNulls.class.isAssignableFrom(type) ? setter(type, "explicitNulls", Set.class) : null;
    return Combinators.combine(values).as(combined -> {
      Object builder = invoke(() -> type.getMethod("builder").invoke(null));
      Set<String> explicitNulls = new LinkedHashSet<>();
      for (int i = 0; i < names.size(); i++) {
        Object value = combined.get(i);
        if (value == EXPLICIT_NULL) {
          explicitNulls.add(names.get(i));
        } else if (value != null) {
          Method setter = setters.get(i);
          invoke(() -> setter.invoke(builder, value));
        }
      }
      invoke(() -> unknownFieldsSetter.invoke(builder, combined.get(names.size())));
      if (explicitNullsSetter != null) {
        invoke(() -> explicitNullsSetter.invoke(builder, explicitNulls));
      }
      return invoke(() -> builder.getClass().getMethod("build").invoke(builder));
    });
  }

  /** The arbitrary for one attribute type, or null when only "absent" is possible (recursion cut off). */
  private static Arbitrary<Object> value(Type type, Options options, List<Class<?>> path) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        Arbitrary<Object> element = value(args[0], options, path);
        return element == null ? null : widen(ValueArbitraries.lists(element));
      }
      if (raw == Map.class && args[0] == String.class && args[1] == String.class) {
        return widen(ValueArbitraries.stringMaps());
      }
      if (raw == Map.class && args[0] instanceof Class<?> key && OpenEnum.class.isAssignableFrom(key)
          && args[1] == String.class) {
        // A map keyed by an open enumeration (an aggregate result's group): keys as the enum draws them.
        Arbitrary<Object> keys = openEnum(key, options);
        return widen(ValueArbitraries.lists(widen(Combinators.combine(keys, ValueArbitraries.strings()).as(Map::entry)))
            .map(entries -> {
              Map<Object, Object> map = new java.util.LinkedHashMap<>();
              for (Object entry : entries) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                map.put(e.getKey(), e.getValue());
              }
              return map;
            }));
      }
      if (raw == Map.class && args[0] == String.class
          && args[1] == JsonNode.class) {
        return widen(ValueArbitraries.jsonObjects(options.sdkRepresentable()));
      }
    } else if (type instanceof Class<?> c) {
      Arbitrary<?> scalar = ValueArbitraries.scalar(c);
      if (scalar != null) return widen(scalar);
      if (c == Instant.class) return widen(ValueArbitraries.instants());
      if (OpenEnum.class.isAssignableFrom(c)) return openEnum(c, options);
      if (ModelCatalog.isModelType(c)) {
        return Collections.frequency(path, c) >= MAX_OCCURRENCES_ON_PATH ? null : model(c, options, path);
      }
    }
    throw new IllegalStateException("no arbitrary for attribute type " + type.getTypeName());
  }

  private static Arbitrary<Object> openEnum(Class<?> type, Options options) {
    List<?> known = (List<?>) invoke(() -> type.getMethod("knownValues").invoke(null));
    Arbitrary<Object> knownValues = widen(Arbitraries.of(known));
    if (!options.openEnums()) {
      return knownValues;
    }
    Method of = invoke(() -> type.getMethod("of", String.class));
    // Unknown spellings, including a known value in the wrong case (the wire is case-sensitive).
    Arbitrary<String> spellings = Arbitraries.oneOf(
        ValueArbitraries.fieldNames(),
        Arbitraries.of(known).map(k -> k.toString().toUpperCase() + "_"));
    return Arbitraries.oneOf(knownValues, spellings.map(s -> invoke(() -> of.invoke(null, s))));
  }

  /** Up to 3 fields whose names the type does not declare, with any JSON value (null included). */
  private static Arbitrary<Map<String, JsonNode>> unknownFields(List<String> known) {
    Arbitrary<String> names = ValueArbitraries.fieldNames()
        .filter(n -> !known.contains(n) && !n.equals(ExplicitNulls.PROPERTY));
    return ValueArbitraries.maps(names, ValueArbitraries.json(2, false));
  }

  /** The builder method that sets a whole attribute (not the Consumer, add* or put* variants). */
  private static Method setter(Class<?> type, String name, Class<?> valueType) {
    Class<?> builder = invoke(() -> type.getMethod("builder").getReturnType());
    Method setter = Arrays.stream(builder.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
        .filter(m -> m.getParameterTypes()[0].isAssignableFrom(valueType))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(builder.getName() + " has no setter " + name));
    // Declared by the package-private generated builder: public, but reflection needs the nudge.
    setter.setAccessible(true);
    return setter;
  }

  @SuppressWarnings("unchecked")
  static Arbitrary<Object> widen(Arbitrary<?> arbitrary) {
    return (Arbitrary<Object>) arbitrary;
  }

  interface Reflective<T> {
    T get() throws ReflectiveOperationException;
  }

  @SuppressWarnings("unchecked")
  static <T> T invoke(Reflective<?> call) {
    try {
      return (T) call.get();
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
