/**
 * Jakarta Bean Validation constraints for the Journey wire model, the vocabulary of its field rules.
 * The model in {@code dsl-core} carries no annotations: {@code JourneyValidator} declares these (and
 * the built-in {@code @Pattern}, {@code @Size} and {@code @Null}) on the model's fields and checks
 * them itself, without a Bean Validation provider at run time; the build runs the same declarations
 * through Hibernate Validator and requires the same violations.
 */
package io.journeydsl.validation.constraints;
