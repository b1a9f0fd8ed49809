package io.journeydsl.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Hands what a check found to Hibernate Validator: one violation per finding, the finding as its payload. */
final class HvFindings {
  private HvFindings() {}

  /** {@code true} when nothing was found; otherwise the findings replace the default violation. */
  static boolean replay(Findings findings, ConstraintValidatorContext context) {
    if (findings.isEmpty()) {
      return true;
    }
    HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
    hv.disableDefaultConstraintViolation();
    for (Findings.Finding finding : findings.list()) {
      hv.withDynamicPayload(finding);
      var builder = hv.buildConstraintViolationWithTemplate(finding.rule().key());
      if (finding.path().isEmpty()) {
        builder.addConstraintViolation();
      } else {
        builder.addPropertyNode(finding.path()).addConstraintViolation();
      }
    }
    return false;
  }
}
