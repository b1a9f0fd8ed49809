package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.CrossField;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Runs the cross-field checks of whatever wire object carries {@link CrossField}. */
public final class CrossFieldValidator implements ConstraintValidator<CrossField, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Findings findings = new Findings(context);
    if (!SegmentChecks.check(value, findings) && !ActionMapChecks.check(value, findings)
        && !ActionChecks.check(value, findings) && !TemplateChecks.check(value, findings)) {
      AggregateChecks.check(value, findings);
    }
    return findings.isEmpty();
  }
}
