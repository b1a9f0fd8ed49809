package io.journeydsl.validation.internal;

import io.journeydsl.catalog.Iso8601;
import io.journeydsl.validation.constraints.Iso8601Duration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Iso8601Duration} with the catalogue's parser, the one the fake uses (positive, strict). */
public final class Iso8601DurationValidator implements ConstraintValidator<Iso8601Duration, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Iso8601.duration(value).isPresent();
  }
}
