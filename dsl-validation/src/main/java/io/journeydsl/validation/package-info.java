/**
 * Validation of journey configurations before anything reaches an org: field rules (Jakarta Bean
 * Validation constraints on the wire model's fields, checked without a Bean Validation provider and
 * held to Hibernate Validator by the build), cross-field
 * rules, cross-object rules over a {@link io.journeydsl.JourneyConfig}, deprecations, query
 * parameter rules and aggregate query rules, all reported in one sorted {@link
 * io.journeydsl.validation.ValidationReport}.
 *
 * <pre>{@code
 * JourneyValidator.create().validate(config).throwIfErrors();
 * }</pre>
 *
 * <p>Every {@link io.journeydsl.validation.Violation} carries a path in wire names with bundle
 * identity ({@code actionMaps[Offer the sale].pageUrlConditions[0].operator}), a stable dotted rule
 * code documented in {@code docs/validation-rules.md}, a severity and a readable message.
 */
package io.journeydsl.validation;
