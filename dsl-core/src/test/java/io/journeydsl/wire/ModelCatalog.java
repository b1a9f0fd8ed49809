package io.journeydsl.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.OpenEnum;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds our wire model by scanning its packages (so a type added later is covered without editing
 * the tests) and pairs each type with the official SDK class of the same simple name.
 */
final class ModelCatalog {
  static final List<String> MODEL_PACKAGES = List.of("criteria", "pattern", "model", "segment", "outcome", "actionmap",
      "actiontemplate", "actiontarget", "analytics", "error");

  /** Our types whose simple name differs from the SDK's (same wire JSON): ours to the SDK's. */
  static final Map<String, String> SDK_NAMES = Map.of("VisitorJourney", "Journey");

  /** Fields the API added after SDK 198.1.0 was generated: "Type.field". */
  static final Set<String> NEWER_THAN_SDK = Set.of(
      "ContentOffer.imageAltText", "PatchContentOffer.imageAltText", "StatisticalSummary.calculatedMetricValue");

  private static final String SDK_MODEL_PACKAGE = "com.mypurecloud.sdk.v2.model.";
  private static final List<Class<?>> ALL = scan();

  private ModelCatalog() {}

  /** Our Immutables value types: abstract, with a static builder(). */
  static List<Class<?>> modelTypes() {
    return ALL.stream().filter(ModelCatalog::isModelType).toList();
  }

  /** Our open enumerations. */
  static List<Class<?>> openEnums() {
    return ALL.stream().filter(c -> OpenEnum.class.isAssignableFrom(c) && c != OpenEnum.class).toList();
  }

  static boolean isModelType(Class<?> c) {
    if (!Modifier.isAbstract(c.getModifiers()) || c.isInterface() || !Modifier.isPublic(c.getModifiers())) {
      return false;
    }
    try {
      return Modifier.isStatic(c.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  static boolean isNewerThanSdk(Class<?> type, String wireName) {
    return NEWER_THAN_SDK.contains(type.getSimpleName() + "." + wireName);
  }

  /** The attribute accessors of a model type by wire name, without the unknownFields/explicitNulls carriers. */
  static Map<String, Method> attributes(Class<?> type) {
    Class<?> generated = type.getAnnotation(JsonSerialize.class).as();
    Map<String, Method> byWireName = new LinkedHashMap<>();
    // Declared ones only: the Listing types redeclare the generic accessors of Listing<T> with concrete types.
    Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isAbstract(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> !m.getName().equals("unknownFields") && !m.getName().equals("explicitNulls"))
        .sorted(Comparator.comparing(Method::getName))
        .forEach(m -> byWireName.putIfAbsent(wireName(generated, m), m));
    return byWireName;
  }

  /** The name the generated class writes, which is what goes on the wire. */
  private static String wireName(Class<?> generated, Method accessor) {
    try {
      JsonProperty property = generated.getDeclaredMethod(accessor.getName()).getAnnotation(JsonProperty.class);
      return property == null || property.value().isEmpty() ? accessor.getName() : property.value();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(generated + " lacks " + accessor.getName(), e);
    }
  }

  static Class<?> sdkClass(Class<?> ours) {
    try {
      return Class.forName(SDK_MODEL_PACKAGE + SDK_NAMES.getOrDefault(ours.getSimpleName(), ours.getSimpleName()));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the SDK has no model class " + ours.getSimpleName(), e);
    }
  }

  static boolean isSdkModel(Class<?> c) {
    return c.getName().startsWith(SDK_MODEL_PACKAGE) && !c.isEnum();
  }

  /** The wire names the SDK class declares with @JsonProperty (on getters, setters or fields). */
  static Set<String> sdkWireNames(Class<?> sdk) {
    Set<String> names = new TreeSet<>();
    Stream.<AccessibleObject>concat(Arrays.stream(sdk.getDeclaredMethods()), Arrays.stream(sdk.getDeclaredFields()))
        .map(member -> member.getAnnotation(JsonProperty.class))
        .filter(p -> p != null)
        .forEach(p -> names.add(p.value()));
    return names;
  }

  private static List<Class<?>> scan() {
    List<Class<?>> found = new ArrayList<>();
    for (String pkg : MODEL_PACKAGES) {
      String path = "io/journeydsl/" + pkg;
      List<String> names = new ArrayList<>();
      try {
        for (URL url : Collections.list(ModelCatalog.class.getClassLoader().getResources(path))) {
          if (!"file".equals(url.getProtocol())) {
            throw new IllegalStateException("model package not on the class path as a directory: " + url);
          }
          File[] files = new File(url.toURI()).listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
          Arrays.stream(files).map(File::getName).forEach(names::add);
        }
      } catch (IOException | URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      names.stream().sorted().forEach(name -> {
        String className = "io.journeydsl." + pkg + "." + name.substring(0, name.length() - ".class".length());
        try {
          found.add(Class.forName(className));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      });
    }
    return List.copyOf(found);
  }
}
