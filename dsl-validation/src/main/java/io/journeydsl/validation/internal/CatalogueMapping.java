package io.journeydsl.validation.internal;

import io.journeydsl.catalog.RequiredFields;
import io.journeydsl.validation.constraints.RequiredByApi;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * The constraint mapping as the {@code *Constraints} classes see it: every type of the catalogue's
 * {@link RequiredFields} gets {@link RequiredByApi}, whether or not those classes declare it.
 * Hibernate Validator takes one {@code type(X)} per type, so the required fields join the type's
 * other constraints here rather than in a second declaration.
 */
final class CatalogueMapping {
  private final ConstraintMapping mapping;
  private final Set<Class<?>> declared = new LinkedHashSet<>();

  CatalogueMapping(ConstraintMapping mapping) {
    this.mapping = mapping;
  }

  /** Starts the one declaration of {@code type}, with the catalogue's required fields already on it. */
  <T> TypeConstraintMappingContext<T> type(Class<T> type) {
    declared.add(type);
    TypeConstraintMappingContext<T> context = mapping.type(type);
    if (RequiredFields.types().contains(type)) {
      context.constraint(new GenericConstraintDef<>(RequiredByApi.class));
    }
    return context;
  }

  /** The types declared so far, in declaration order. */
  Set<Class<?>> declared() {
    return declared;
  }

  /** Declares the catalogue types no {@code *Constraints} class mentions (only their required fields apply). */
  void finish() {
    for (Class<?> type : RequiredFields.types()) {
      if (!declared.contains(type)) {
        type(type);
      }
    }
  }
}
