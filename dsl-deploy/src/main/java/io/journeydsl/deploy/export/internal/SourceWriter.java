package io.journeydsl.deploy.export.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.model.OpenEnum;
import jakarta.annotation.Nullable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes Java expressions that build model values: the DSL's own form where {@link DslForms} has one
 * that gives back exactly the same wire JSON, otherwise the type's builder with its wire-named
 * setters (builder lambdas for nested objects), and unknown fields through {@code putUnknownField}.
 * Every value the model can hold has an expression, so nothing is dropped on the way to source.
 */
final class SourceWriter {
  private final Imports imports;
  private final DslForms forms;
  private final Deque<String> lambdaNames = new ArrayDeque<>();
  private boolean usesJson;

  SourceWriter(Imports imports) {
    this.imports = imports;
    this.forms = new DslForms(this, imports);
  }

  /** Whether some expression needs the generated class's {@code json(String)} helper. */
  boolean usesJson() {
    return usesJson;
  }

  /** The expression for a top-level object: a DSL factory and the setters it does not cover, one per line. */
  String topLevel(Object object, String indent) {
    Class<?> type = ModelTypes.modelType(object).orElseThrow(() -> new IllegalArgumentException(
        "not a model object: " + object.getClass().getName()));
    DslForms.Start start = forms.factory(object).orElseGet(() ->
        new DslForms.Start(imports.name(type) + ".builder()", Set.of()));
    return start.code() + setters(object, type, start.covered(), "\n" + indent) + "\n" + indent + ".build()";
  }

  /** The expression for any value the model holds. */
  String expression(Object value) {
    if (value instanceof String s) {
      return JavaLiterals.string(s);
    } else if (value instanceof Boolean b) {
      return b.toString();
    } else if (value instanceof Integer i) {
      return JavaLiterals.intLiteral(i);
    } else if (value instanceof Long l) {
      return JavaLiterals.longLiteral(l);
    } else if (value instanceof Float f) {
      return JavaLiterals.floatLiteral(f);
    } else if (value instanceof Double d) {
      return JavaLiterals.doubleLiteral(d);
    } else if (value instanceof BigDecimal d) {
      return "new " + imports.name(BigDecimal.class) + "(" + JavaLiterals.string(d.toString()) + ")";
    } else if (value instanceof Instant instant) {
      return imports.name(Instant.class) + ".parse(" + JavaLiterals.string(instant.toString()) + ")";
    } else if (value instanceof OpenEnum e) {
      return openEnum(e);
    } else if (value instanceof JsonNode node) {
      return json(node);
    } else if (value instanceof List<?> list) {
      return list(list);
    }
    Optional<String> form = forms.expression(value);
    if (form.isPresent()) {
      return form.get();
    }
    Class<?> type = ModelTypes.modelType(value).orElseThrow(() -> new IllegalArgumentException(
        "no Java expression for a " + value.getClass().getName()));
    return imports.name(type) + ".builder()" + setters(value, type, Set.of(), "") + ".build()";
  }

  /** {@code List.of(...)} of the elements' expressions. */
  String list(List<?> list) {
    return imports.name(List.class) + ".of(" + elements(list) + ")";
  }

  /** The elements' expressions, comma separated. */
  String elements(List<?> list) {
    List<String> out = new ArrayList<>(list.size());
    for (Object element : list) {
      out.add(expression(element));
    }
    return String.join(", ", out);
  }

  /**
   * The setter calls for every attribute of {@code object} that is set and not {@code covered} by
   * a factory, each preceded by {@code separator} (a line break and indent at the top level).
   */
  String setters(Object object, Class<?> type, Set<String> covered, String separator) {
    StringBuilder out = new StringBuilder();
    for (Method accessor : ModelTypes.attributes(type)) {
      String name = accessor.getName();
      Object value = read(accessor, object);
      if (value == null || covered.contains(name)) {
        continue;
      }
      if (value instanceof Map<?, ?> map) {
        if (map.isEmpty() && accessor.isAnnotationPresent(Nullable.class)) {
          // An empty map the model may also hold as absent: only an explicit empty map writes {}.
          out.append(separator).append('.').append(name).append('(').append(imports.name(Map.class)).append(".of())");
        } else if (!map.isEmpty()) {
          String putter = ModelTypes.putter(type, name).orElseThrow(() -> new IllegalStateException(
              "no put method for " + type.getSimpleName() + "." + name));
          for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator).append('.').append(putter).append('(').append(expression(entry.getKey()))
                .append(", ").append(expression(entry.getValue())).append(')');
          }
        }
        continue;
      }
      out.append(separator).append('.').append(setter(type, name, value));
    }
    return out.toString();
  }

  private String setter(Class<?> ownerType, String name, Object value) {
    Optional<String> form = forms.setter(ownerType, name, value);
    if (form.isPresent()) {
      return name + "(" + form.get() + ")";
    }
    Optional<Class<?>> nested = value instanceof Collection<?> ? Optional.empty() : ModelTypes.modelType(value);
    if (nested.isPresent() && forms.expression(value).isEmpty() && ModelTypes.hasLambdaSetter(ownerType, name)) {
      String lambda = lambdaBody(value, nested.get());
      if (!lambda.isEmpty()) {
        return name + "(" + lambda + ")";
      }
    }
    return name + "(" + expression(value) + ")";
  }

  /** {@code x -> x.a(..).b(..)}, or empty when nothing is set (an empty object is written as a built value). */
  String lambdaBody(Object value, Class<?> type) {
    String param = lambdaName(type);
    lambdaNames.push(param);
    try {
      String chain = setters(value, type, Set.of(), "");
      return chain.isEmpty() ? "" : param + " -> " + param + chain;
    } finally {
      lambdaNames.pop();
    }
  }

  private String lambdaName(Class<?> type) {
    String base = String.valueOf(Character.toLowerCase(type.getSimpleName().charAt(0)));
    String name = base;
    for (int i = 2; lambdaNames.contains(name); i++) {
      name = base + i;
    }
    return name;
  }

  private String openEnum(OpenEnum value) {
    String type = imports.name(value.getClass());
    for (Field field : value.getClass().getFields()) {
      int m = field.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == value.getClass()) {
        try {
          if (value.equals(field.get(null))) {
            return type + "." + field.getName();
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return type + ".of(" + JavaLiterals.string(value.value()) + ")";
  }

  private String json(JsonNode node) {
    usesJson = true;
    try {
      return "json(" + JavaLiterals.string(JourneyJson.mapper().writeValueAsString(node)) + ")";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of an unknown field", e);
    }
  }

  private static Object read(Method accessor, Object object) {
    try {
      return accessor.invoke(object);
    } catch (IllegalAccessException e) {
      // Cannot happen: the accessor is a public method of the public model type.
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName(), e.getCause());
    }
  }
}
