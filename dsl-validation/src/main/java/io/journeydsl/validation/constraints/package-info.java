/**
 * Jakarta Bean Validation constraints for the Journey wire model. The model in {@code dsl-core}
 * carries no annotations; {@code JourneyValidator} declares these (and the built-in ones) on the
 * model's accessors through Hibernate Validator's programmatic mapping, and registers their
 * validators. They can also be used on your own types validated with that validator factory.
 */
package io.journeydsl.validation.constraints;
