package io.journeydsl.validation.internal;

import io.journeydsl.catalog.Iso8601;
import io.journeydsl.validation.constraints.Iso8601Interval;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link Iso8601Interval}: the format is {@code aggregate.interval.format}; an interval
 * that does not end after it starts is reported as {@code aggregate.interval.order} instead. Parsed
 * by the catalogue's strict parser, the one the fake uses (a date that does not exist is refused).
 */
public final class Iso8601IntervalValidator implements ConstraintValidator<Iso8601Interval, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Iso8601.Interval interval = Iso8601.interval(value).orElse(null);
    if (interval == null) {
      return false;
    }
    if (!interval.end().isAfter(interval.start())) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(Rule.AGGREGATE_INTERVAL_ORDER.key()).addConstraintViolation();
      return false;
    }
    return true;
  }
}
