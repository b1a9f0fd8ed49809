package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.KnownValue;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** {@link KnownValue} for Hibernate Validator: the same rule, the known values as its payload. */
public final class KnownValueValidator implements ConstraintValidator<KnownValue, Object> {
  private List<String> values = List.of();

  @Override
  public void initialize(KnownValue annotation) {
    values = List.of(annotation.values());
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    Map<String, Object> problem = KnownValues.problem(value, values);
    if (problem == null) {
      return true;
    }
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(problem);
    return false;
  }
}
