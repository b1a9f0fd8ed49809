package io.journeydsl.validation.internal;

import io.journeydsl.catalog.RequiredFields;

/**
 * The declarations as the {@code *Constraints} classes see them: every type of the catalogue's
 * {@link RequiredFields} gets {@link Check.RequiredByApi}, whether or not those classes declare it,
 * so the required fields join the type's other rules in its one declaration.
 */
final class CatalogueMapping {
  private static final Check REQUIRED = new Check.RequiredByApi();
  private final FieldRules rules;

  CatalogueMapping(FieldRules rules) {
    this.rules = rules;
  }

  /** Starts the one declaration of {@code type}, with the catalogue's required fields already on it. */
  FieldRules.TypeRules type(Class<?> type) {
    FieldRules.TypeRules declared = rules.type(type);
    if (RequiredFields.types().contains(type)) {
      declared.constraint(REQUIRED);
    }
    return declared;
  }

  /** Declares the catalogue types no {@code *Constraints} class mentions (only their required fields apply). */
  void finish() {
    for (Class<?> type : RequiredFields.types()) {
      if (rules.of(type) == null) {
        type(type);
      }
    }
  }

  /** The field rules of the whole wire model, declared once. */
  static FieldRules declareAll() {
    FieldRules rules = new FieldRules();
    CatalogueMapping types = new CatalogueMapping(rules);
    SegmentConstraints.declare(types);
    ActionMapConstraints.declare(types);
    ActionTemplateConstraints.declare(types);
    AggregateConstraints.declare(types);
    types.finish();
    return rules;
  }
}
