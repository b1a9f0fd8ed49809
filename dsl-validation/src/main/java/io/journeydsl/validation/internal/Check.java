package io.journeydsl.validation.internal;

import io.journeydsl.catalog.Iso8601;
import io.journeydsl.validation.Violation;
import jakarta.annotation.Nullable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field rule as the constraint declarations ({@code *Constraints}) state it, and what it means:
 * each kind is a Jakarta Bean Validation constraint ({@code @Pattern}, {@code @Size(min = 1)},
 * {@code @Null}, or one of {@code io.journeydsl.validation.constraints}) with the same rule code as
 * its message key, checked here directly. A {@code null} value passes every kind but
 * {@link RequiredByApi}, as in Bean Validation. The build holds these meanings to Hibernate
 * Validator running the same declarations (the tests {@code FieldRulesAgreementProperties} and {@code RuleExamplesAgreementTest}).
 */
sealed interface Check {
  /** Adds what {@code value}, found at {@code path}, breaks. */
  void check(@Nullable Object value, String path, List<Violation> out);

  /** {@code @Pattern}: the whole text matches {@code regexp}. */
  record Matches(String regexp, Rule rule, Pattern compiled) implements Check {
    Matches(String regexp, Rule rule) {
      this(regexp, rule, Pattern.compile(regexp));
    }

    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value != null && !compiled.matcher(text(value, "@Pattern")).matches()) {
        out.add(rule.at(path, value));
      }
    }
  }

  /** {@code @Size(min = 1)}: a list, map or text with something in it. */
  record NotEmpty(Rule rule) implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      boolean empty = value instanceof Collection<?> c ? c.isEmpty() : value instanceof Map<?, ?> m ? m.isEmpty()
          : value != null && text(value, "@Size").length() == 0;
      if (empty) {
        out.add(rule.at(path, value));
      }
    }
  }

  /** {@code @Null}: a field the server sets, absent from what is sent. */
  record MustBeNull(Rule rule) implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value != null) {
        out.add(rule.at(path, value));
      }
    }
  }

  /** {@code @KnownValue}: a known open enum constant, or one of {@code values} for text. */
  record Known(List<String> values) implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      Map<String, Object> unknown = KnownValues.problem(value, values);
      if (unknown != null) {
        out.add(Rule.FIELD_ENUM_UNKNOWN.at(path, value, unknown));
      }
    }
  }

  /** {@code @InRange}: a number from {@code min} to {@code max}, inclusive; NaN is out of range. */
  record InRange(Rule rule, double min, double max) implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value == null) {
        return;
      }
      if (!(value instanceof Number number)) {
        throw new IllegalStateException("@InRange on a " + value.getClass().getSimpleName() + " at " + path);
      }
      double d = number.doubleValue();
      if (Double.isNaN(d) || d < min || d > max) {
        out.add(rule.at(path, value, args()));
      }
    }

    /** The message parameters: the bounds as written ({@code 1}, not {@code 1.0}). */
    Map<String, Object> args() {
      String low = number(min);
      String bounds = max == Double.MAX_VALUE ? low + " or more" : "between " + low + " and " + number(max);
      return Map.of("min", low, "max", number(max), "bounds", bounds);
    }

    private static String number(double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
  }

  /** {@code @Iso8601Interval}: a strict ISO-8601 interval that ends after it starts. */
  record Interval() implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value == null) {
        return;
      }
      Iso8601.Interval interval = Iso8601.interval(text(value, "@Iso8601Interval").toString()).orElse(null);
      if (interval == null) {
        out.add(Rule.AGGREGATE_INTERVAL_FORMAT.at(path, value));
      } else if (!interval.end().isAfter(interval.start())) {
        out.add(Rule.AGGREGATE_INTERVAL_ORDER.at(path, value));
      }
    }
  }

  /** {@code @Iso8601Duration}: a strict, positive ISO-8601 duration. */
  record Duration() implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value != null && Iso8601.duration(text(value, "@Iso8601Duration").toString()).isEmpty()) {
        out.add(Rule.AGGREGATE_GRANULARITY_FORMAT.at(path, value));
      }
    }
  }

  /** {@code @IanaTimeZone}: a zone of the JDK's copy of the IANA database. */
  record TimeZone() implements Check {
    /** Read on the first zone checked: the JDK's zone database is loaded for it, and most bundles have no zone. */
    private static final class Zones {
      static final Set<String> ALL = ZoneId.getAvailableZoneIds();
    }

    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value != null && !Zones.ALL.contains(text(value, "@IanaTimeZone").toString())) {
        out.add(Rule.AGGREGATE_TIME_ZONE.at(path, value));
      }
    }
  }

  /** {@code @CrossField}: the object's cross-field rules ({@code *Checks}), each at its own path. */
  record CrossField() implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value != null) {
        Findings.of(value, CrossFieldChecks::check).addTo(path, out);
      }
    }
  }

  /** {@code @RequiredByApi}: the fields the catalogue requires of the object's type. */
  record RequiredByApi() implements Check {
    @Override
    public void check(@Nullable Object value, String path, List<Violation> out) {
      if (value != null) {
        Findings.of(value, RequiredFieldChecks::check).addTo(path, out);
      }
    }
  }

  private static CharSequence text(Object value, String constraint) {
    if (value instanceof CharSequence text) {
      return text;
    }
    // A declaration error, never the user's: Bean Validation refuses such a pairing too.
    throw new IllegalStateException(constraint + " declared on a " + value.getClass().getSimpleName());
  }
}
