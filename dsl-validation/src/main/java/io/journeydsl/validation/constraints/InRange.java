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
 * A number between {@link #min()} and {@link #max()}, both inclusive; NaN is never in range.
 *
 * <p>Its validator is registered by {@code JourneyValidator}; {@code null} is valid (pair it with
 * {@code @NotNull} for required fields).
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE, TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface InRange {
  /** The message template; by default the rule code key {@code {field.range}}. */
  String message() default "{field.range}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The smallest accepted value. */
  double min();

  /** The largest accepted value. */
  double max();
}
