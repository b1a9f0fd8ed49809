package io.journeydsl.validation.internal;

import jakarta.annotation.Nullable;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Where a cross-field check reports: each finding becomes a violation on the checked object at a
 * path relative to it ({@code action.actionTemplate.id}), with its own rule code.
 */
final class Findings {
  private final HibernateConstraintValidatorContext context;
  private boolean empty = true;

  Findings(ConstraintValidatorContext context) {
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
  }

  /** Reports {@code rule} at {@code path} (empty for the object itself). */
  void add(Rule rule, String path, @Nullable Object rejected) {
    add(rule, path, rejected, Map.of());
  }

  /** Reports {@code rule} at {@code path} with message parameters. */
  void add(Rule rule, String path, @Nullable Object rejected, Map<String, ?> args) {
    if (empty) {
      context.disableDefaultConstraintViolation();
      empty = false;
    }
    context.withDynamicPayload(new Finding(rejected, args));
    var builder = context.buildConstraintViolationWithTemplate(rule.key());
    if (path.isEmpty()) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(path).addConstraintViolation();
    }
  }

  boolean isEmpty() {
    return empty;
  }
}
