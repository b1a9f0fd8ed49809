package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.CrossField;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link CrossField} for Hibernate Validator: the same cross-field checks, reported through its context. */
public final class CrossFieldValidator implements ConstraintValidator<CrossField, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return value == null || HvFindings.replay(Findings.of(value, CrossFieldChecks::check), context);
  }
}
