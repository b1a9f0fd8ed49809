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
 * Runs the cross-field rules of the annotated wire type (media type and its fields, activation and
 * delay, probability ordering, criteria keys, aggregate query consistency, ...). Each finding names
 * the offending field and its own rule code.
 *
 * <p>Its validator is registered by {@code JourneyValidator}; {@code null} is valid (pair it with
 * {@code @NotNull} for required fields).
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE, TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CrossField {
  /** The message template; by default the rule code key {@code {validator.failure}}. */
  String message() default "{validator.failure}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
