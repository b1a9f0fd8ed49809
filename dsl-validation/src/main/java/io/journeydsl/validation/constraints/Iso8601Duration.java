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
 * An ISO-8601 duration such as {@code P1D}, {@code PT15M} or {@code P1DT12H}, longer than zero.
 *
 * <p>Its validator is registered by {@code JourneyValidator}; {@code null} is valid (pair it with
 * {@code @NotNull} for required fields).
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE, TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Iso8601Duration {
  /** The message template; by default the rule code key {@code {aggregate.granularity.format}}. */
  String message() default "{aggregate.granularity.format}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
