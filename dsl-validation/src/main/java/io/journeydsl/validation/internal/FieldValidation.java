package io.journeydsl.validation.internal;

import io.journeydsl.internal.WireFields;
import io.journeydsl.validation.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field and cross-field rules of one wire object: the declarations of {@link CatalogueMapping}
 * applied directly. Each object is checked against the rules declared on its class and on every
 * type above it, fields are read by wire name through the generated {@link WireFields}, and fields
 * declared {@code valid()} are walked in turn, with paths in wire names
 * ({@code context.patterns[0].criteria[1].operator}).
 *
 * <p>The rules are Bean Validation constraints; the build holds this walk to Hibernate Validator
 * running the same declarations. Checking them here instead spares every process Hibernate
 * Validator's start-up and its reflective metadata of the model classes, which were most of the
 * first validation's time (about 0.8 of 1.4 s).
 */
public final class FieldValidation {
  private FieldValidation() {}

  private static final class Holder {
    static final FieldRules RULES = CatalogueMapping.declareAll();
    static final Set<Class<?>> TYPES = Collections.unmodifiableSet(typesOf(RULES));
    static final ClassValue<Plan> PLANS = new ClassValue<>() {
      @Override
      protected Plan computeValue(Class<?> type) {
        return Plan.of(type, RULES);
      }
    };
  }

  /** The field and cross-field violations of one wire object, paths relative to it. */
  public static List<Violation> validate(Object value) {
    List<Violation> out = new ArrayList<>();
    walk(value, "", out);
    return out;
  }

  /** The model types the declarations put rules on, in declaration order. */
  public static Set<Class<?>> constrainedTypes() {
    return Holder.TYPES;
  }

  /**
   * Works out now, for the generated {@code ImmutableX} implementation of each declared type (the
   * classes values have), which rules apply, as the first validation would on its way.
   *
   * @return the implementation classes prepared
   */
  public static List<Class<?>> prepare() {
    List<Class<?>> prepared = new ArrayList<>();
    for (Class<?> type : Holder.TYPES) {
      Class<?> implementation = Implementations.of(type);
      if (implementation != null) {
        Holder.PLANS.get(implementation);
        prepared.add(implementation);
      }
    }
    return prepared;
  }

  private static Set<Class<?>> typesOf(FieldRules rules) {
    Set<Class<?>> types = new LinkedHashSet<>();
    rules.types().forEach(t -> types.add(t.type()));
    return types;
  }

  private static void walk(Object value, String path, List<Violation> out) {
    Plan plan = Holder.PLANS.get(value.getClass());
    for (Check check : plan.checks()) {
      check.check(value, path, out);
    }
    for (Field field : plan.fields()) {
      Object fieldValue = WireFields.get(value, field.name());
      String at = Paths.join(path, field.name());
      for (Check check : field.checks()) {
        check.check(fieldValue, at, out);
      }
      if (fieldValue == null) {
        continue;
      }
      boolean elements = !field.elementChecks().isEmpty() || field.elementsCascaded();
      if (field.cascaded() && !(fieldValue instanceof List<?>) && !(fieldValue instanceof Map<?, ?>)) {
        walk(fieldValue, at, out);
      } else if (elements || field.cascaded()) {
        // @Valid on a list or map reaches its elements, as List<@Valid E> does.
        elements(fieldValue, at, field, out);
      }
    }
  }

  private static void elements(Object container, String at, Field field, List<Violation> out) {
    boolean cascade = field.elementsCascaded() || field.cascaded();
    if (container instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        element(list.get(i), Paths.element(at, i), field, cascade, out);
      }
    } else if (container instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        element(entry.getValue(), Paths.element(at, entry.getKey()), field, cascade, out);
      }
    } else {
      throw new IllegalStateException("element rules declared on " + at + ", a " + container.getClass().getSimpleName());
    }
  }

  private static void element(Object element, String at, Field field, boolean cascade, List<Violation> out) {
    for (Check check : field.elementChecks()) {
      check.check(element, at, out);
    }
    if (cascade && element != null) {
      walk(element, at, out);
    }
  }

  /** The rules of one field, merged over a class and the types above it. */
  private record Field(String name, List<Check> checks, List<Check> elementChecks, boolean cascaded,
      boolean elementsCascaded) {}

  /** What applies to the values of one class: its own declarations and those of every type above it. */
  private record Plan(List<Check> checks, List<Field> fields) {
    static Plan of(Class<?> type, FieldRules rules) {
      List<Check> checks = new ArrayList<>();
      Map<String, Field> fields = new LinkedHashMap<>();
      for (Class<?> above : typeAndSupertypes(type)) {
        FieldRules.TypeRules declared = rules.of(above);
        if (declared == null) {
          continue;
        }
        checks = union(checks, declared.checks());
        for (FieldRules.PropertyRules property : declared.properties()) {
          fields.merge(property.name(), field(property), Plan::merge);
        }
      }
      return new Plan(List.copyOf(checks), List.copyOf(fields.values()));
    }

    private static Field field(FieldRules.PropertyRules p) {
      return new Field(p.name(), List.copyOf(p.checks()), List.copyOf(p.elementChecks()), p.cascaded(), p.elementsCascaded());
    }

    private static Field merge(Field a, Field b) {
      return new Field(a.name(), union(a.checks(), b.checks()), union(a.elementChecks(), b.elementChecks()),
          a.cascaded() || b.cascaded(), a.elementsCascaded() || b.elementsCascaded());
    }

    /**
     * Both lists, a check declared on two of the types once. By identity: a check is one
     * declaration, and hashing records would bootstrap their generated methods in every process.
     */
    private static List<Check> union(List<Check> a, List<Check> b) {
      List<Check> all = new ArrayList<>(a);
      for (Check check : b) {
        boolean declared = false;
        for (Check c : a) {
          declared |= c == check;
        }
        if (!declared) {
          all.add(check);
        }
      }
      return List.copyOf(all);
    }

    /** The class, its superclasses and every interface any of them implements. */
    private static List<Class<?>> typeAndSupertypes(Class<?> type) {
      List<Class<?>> out = new ArrayList<>();
      Set<Class<?>> seen = new HashSet<>();
      Deque<Class<?>> todo = new ArrayDeque<>();
      todo.add(type);
      while (!todo.isEmpty()) {
        Class<?> next = todo.poll();
        if (next == Object.class || !seen.add(next)) {
          continue;
        }
        out.add(next);
        if (next.getSuperclass() != null) {
          todo.add(next.getSuperclass());
        }
        todo.addAll(List.of(next.getInterfaces()));
      }
      return out;
    }
  }
}
