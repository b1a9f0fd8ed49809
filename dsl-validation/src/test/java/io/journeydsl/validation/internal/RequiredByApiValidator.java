package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.RequiredByApi;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * {@link RequiredByApi} for Hibernate Validator: the same required-field checks, reported through its
 * context (fields read by wire name, which {@code WireFieldsProperties} holds to the JSON).
 */
public final class RequiredByApiValidator implements ConstraintValidator<RequiredByApi, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return value == null || HvFindings.replay(Findings.of(value, RequiredFieldChecks::check), context);
  }
}
