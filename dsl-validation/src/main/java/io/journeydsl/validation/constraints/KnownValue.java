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
 * The value is one the API is known to accept: an {@link io.journeydsl.model.OpenEnum} that
 * {@link io.journeydsl.model.OpenEnum#isKnown() is known}, or a string among {@link #values()}.
 * An ERROR by default (the API refuses a value it does not know), with a "did you mean" for a near
 * miss; {@code JourneyValidator.builder().unknownValues(Severity.WARNING)} lowers it for values newer
 * than this library.
 *
 * <p>Its validator is registered by {@code JourneyValidator}; {@code null} is valid (pair it with
 * {@code @NotNull} for required fields).
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE, TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface KnownValue {
  /** The message template; by default the rule code key {@code {field.enum.unknown}}. */
  String message() default "{field.enum.unknown}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** For a string: the accepted values (case-sensitive). Ignored for open enums. */
  String[] values() default {};
}
