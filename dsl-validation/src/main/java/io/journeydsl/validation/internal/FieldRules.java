package io.journeydsl.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field rules of the wire model as declared, type by type: checks on the object itself, checks
 * on each field (by wire name), on each element of a list field, and which fields are validated in
 * turn ({@link PropertyRules#valid()}). The fluent shape follows Hibernate Validator's programmatic
 * mapping, so a declaration reads as Bean Validation does; this is only the record of it.
 */
final class FieldRules {
  private final Map<Class<?>, TypeRules> types = new LinkedHashMap<>();

  /** Starts the one declaration of {@code type}. */
  TypeRules type(Class<?> type) {
    if (types.containsKey(type)) {
      throw new IllegalStateException(type.getSimpleName() + " is declared twice");
    }
    TypeRules rules = new TypeRules(type);
    types.put(type, rules);
    return rules;
  }

  /** The declared types, in declaration order. */
  Collection<TypeRules> types() {
    return Collections.unmodifiableCollection(types.values());
  }

  /** The declaration of {@code type}, or {@code null}. */
  TypeRules of(Class<?> type) {
    return types.get(type);
  }

  /** The rules of one model type. */
  static final class TypeRules {
    private final Class<?> type;
    private final List<Check> checks = new ArrayList<>();
    private final Map<String, PropertyRules> properties = new LinkedHashMap<>();

    private TypeRules(Class<?> type) {
      this.type = type;
    }

    Class<?> type() {
      return type;
    }

    /** Checks on the object itself. */
    List<Check> checks() {
      return checks;
    }

    /** The fields with rules, by wire name, in declaration order. */
    Collection<PropertyRules> properties() {
      return properties.values();
    }

    /** Adds a check on the object itself. */
    TypeRules constraint(Check check) {
      checks.add(check);
      return this;
    }

    /** Starts the rules of the field {@code name}. */
    PropertyRules getter(String name) {
      return properties.computeIfAbsent(name, n -> new PropertyRules(this, n));
    }
  }

  /** The rules of one field of a type. */
  static final class PropertyRules {
    private final TypeRules owner;
    private final String name;
    private final List<Check> checks = new ArrayList<>();
    private final List<Check> elementChecks = new ArrayList<>();
    private boolean cascaded;
    private boolean elementsCascaded;

    private PropertyRules(TypeRules owner, String name) {
      this.owner = owner;
      this.name = name;
    }

    String name() {
      return name;
    }

    List<Check> checks() {
      return checks;
    }

    List<Check> elementChecks() {
      return elementChecks;
    }

    /** Whether the field's value is validated in turn by its own type's rules. */
    boolean cascaded() {
      return cascaded;
    }

    /** Whether each element of the field's list is validated in turn by its own type's rules. */
    boolean elementsCascaded() {
      return elementsCascaded;
    }

    /** Adds a check on the field's value. */
    PropertyRules constraint(Check check) {
      checks.add(check);
      return this;
    }

    /** Validates the field's value by its own type's rules ({@code @Valid}). */
    PropertyRules valid() {
      cascaded = true;
      return this;
    }

    /** Rules for each element of the field's list ({@code List<@... E>}). */
    ElementRules containerElementType() {
      return new ElementRules(this);
    }

    /** Moves on to the field {@code next} of the same type. */
    PropertyRules getter(String next) {
      return owner.getter(next);
    }
  }

  /** The rules of each element of a list field. */
  static final class ElementRules {
    private final PropertyRules property;

    private ElementRules(PropertyRules property) {
      this.property = property;
    }

    /** Adds a check on each element. */
    ElementRules constraint(Check check) {
      property.elementChecks.add(check);
      return this;
    }

    /** Validates each element by its own type's rules ({@code List<@Valid E>}). */
    ElementRules valid() {
      property.elementsCascaded = true;
      return this;
    }

    /** Moves on to the field {@code next} of the same type. */
    PropertyRules getter(String next) {
      return property.getter(next);
    }
  }
}
