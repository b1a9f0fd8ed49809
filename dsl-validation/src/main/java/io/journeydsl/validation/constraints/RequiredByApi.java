package io.journeydsl.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The fields the Journey API requires of the annotated wire type, as the catalogue states them
 * ({@link io.journeydsl.catalog.RequiredFields}): a field every API generation requires is an error
 * when absent, one only the SDK 198 generation requires is a warning; a "one or more" list must not
 * be empty. Each finding names the field.
 *
 * <p>Its validator is registered by {@code JourneyValidator} and added to every type of the catalogue.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE, TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RequiredByApi {
  /** The message template; by default the rule code key {@code {validator.failure}}. */
  String message() default "{validator.failure}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
