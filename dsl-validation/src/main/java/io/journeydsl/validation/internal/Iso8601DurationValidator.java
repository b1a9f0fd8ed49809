package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.Iso8601Duration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Iso8601Duration}. */
public final class Iso8601DurationValidator implements ConstraintValidator<Iso8601Duration, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Iso8601.duration(value).filter(d -> !d.isZero() && !d.isNegative()).isPresent();
  }
}
