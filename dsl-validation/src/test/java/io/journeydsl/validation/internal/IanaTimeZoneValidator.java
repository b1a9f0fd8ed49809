package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.IanaTimeZone;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;
import java.util.Set;

/** Validates {@link IanaTimeZone} against the JDK's copy of the IANA time zone database. */
public final class IanaTimeZoneValidator implements ConstraintValidator<IanaTimeZone, String> {
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || ZONES.contains(value);
  }
}
