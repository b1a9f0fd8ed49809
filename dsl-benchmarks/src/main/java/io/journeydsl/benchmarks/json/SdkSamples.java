package io.journeydsl.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiDateFormat;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fully populated instances of the official SDK's model classes, made by reflection: every setter
 * called with a value of its type, lists of two (of one below the top levels), nested models
 * filled in turn. The JSON of such an
 * object is the input both mappers read in {@link JsonBenchmark}, so neither side is measured on a
 * sparse object the other would find richer.
 */
public final class SdkSamples {
  private static final String SDK_MODELS = "com.mypurecloud.sdk.v2.model.";
  /** Deep enough for the aggregate response's statistics (results, data, metrics, stats: eight levels). */
  private static final int MAX_DEPTH = 10;
  /** Lists hold two elements near the top, one below, so a deep type stays a realistic size. */
  private static final int PAIRED_DEPTH = 4;
  private static final long INSTANT = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  private SdkSamples() {}

  /** The SDK's own mapper, configured as its {@code ApiClient} configures it. */
  public static ObjectMapper sdkMapper() {
    return ApiClient.buildObjectMapper(new ApiDateFormat());
  }

  /** A fully populated instance of an SDK model class. */
  public static <T> T filled(Class<T> type) {
    return type.cast(fill(type, 0, "root"));
  }

  private static Object fill(Type type, int depth, String name) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        List<Object> list = new ArrayList<>();
        if (depth < MAX_DEPTH) {
          list.add(fill(args[0], depth + 1, name));
          if (depth < PAIRED_DEPTH) {
            list.add(fill(args[0], depth + 1, name));
          }
        }
        return list;
      }
      if (Map.class.isAssignableFrom(raw)) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("key", fill(args[1], depth + 1, name));
        return map;
      }
      return fill(raw, depth, name);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return name.toLowerCase().contains("interval")
          ? "2026-01-01T00:00:00.000Z/2026-01-02T00:00:00.000Z" : name + "-value";
    }
    if (c == Integer.class || c == int.class) {
      return 3;
    }
    if (c == Long.class || c == long.class) {
      return 7L;
    }
    if (c == Double.class || c == double.class) {
      return 12.5;
    }
    if (c == Float.class || c == float.class) {
      return 2.5f;
    }
    if (c == BigDecimal.class) {
      return new BigDecimal("1234.5");
    }
    if (c == Boolean.class || c == boolean.class) {
      return Boolean.TRUE;
    }
    if (c == Date.class) {
      return new Date(INSTANT);
    }
    if (c == Object.class) {
      return name + "-value";
    }
    if (c.isEnum()) {
      for (Object constant : c.getEnumConstants()) {
        // The SDK's catch-all for values newer than itself is not a wire value.
        if (!((Enum<?>) constant).name().equals("OUTDATEDSDKVERSION")) {
          return constant;
        }
      }
      return null;
    }
    if (!c.getName().startsWith(SDK_MODELS) || depth >= MAX_DEPTH) {
      return null;
    }
    try {
      Object instance = c.getConstructor().newInstance();
      for (Method m : c.getMethods()) {
        if (m.getName().startsWith("set") && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
          String property = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
          Object value = fill(m.getGenericParameterTypes()[0], depth + 1, property);
          if (value != null) {
            m.invoke(instance, value);
          }
        }
      }
      return instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot fill " + c.getName(), e);
    }
  }
}
