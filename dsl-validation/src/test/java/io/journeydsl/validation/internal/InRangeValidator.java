package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.InRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link InRange}: a number between min and max, inclusive. */
public final class InRangeValidator implements ConstraintValidator<InRange, Number> {
  private double min;
  private double max;

  @Override
  public void initialize(InRange annotation) {
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    double d = value.doubleValue();
    return !Double.isNaN(d) && d >= min && d <= max;
  }
}
