package io.journeydsl.validation.internal;

import io.journeydsl.validation.constraints.CrossField;
import io.journeydsl.validation.constraints.IanaTimeZone;
import io.journeydsl.validation.constraints.InRange;
import io.journeydsl.validation.constraints.Iso8601Duration;
import io.journeydsl.validation.constraints.Iso8601Interval;
import io.journeydsl.validation.constraints.KnownValue;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/** The constraint definitions the mapping uses, each carrying its rule code as message key. */
final class Defs {
  private Defs() {}

  static ConstraintDef<?, ?> notBlank() {
    return new PatternDef().regexp("(?s).*\\S.*").message(Rule.FIELD_BLANK.key());
  }

  static ConstraintDef<?, ?> valuesNotEmpty() {
    return new SizeDef().min(1).message(Rule.FIELD_VALUES_EMPTY.key());
  }

  static ConstraintDef<?, ?> readOnly() {
    return new NullDef().message(Rule.FIELD_READ_ONLY.key());
  }

  static ConstraintDef<?, ?> url() {
    return new PatternDef().regexp("https?://[^\\s/?#]+[^\\s]*").message(Rule.FIELD_URL.key());
  }

  static ConstraintDef<?, ?> pattern(String regexp, Rule rule) {
    return new PatternDef().regexp(regexp).message(rule.key());
  }

  static ConstraintDef<?, ?> known() {
    return new GenericConstraintDef<>(KnownValue.class);
  }

  static ConstraintDef<?, ?> known(String... values) {
    return new GenericConstraintDef<>(KnownValue.class).param("values", values);
  }

  static ConstraintDef<?, ?> range(Rule rule, double min, double max) {
    return new GenericConstraintDef<>(InRange.class).param("min", min).param("max", max).message(rule.key());
  }

  static ConstraintDef<?, ?> atLeast(Rule rule, double min) {
    return range(rule, min, Double.MAX_VALUE);
  }

  static ConstraintDef<?, ?> crossField() {
    return new GenericConstraintDef<>(CrossField.class);
  }

  static ConstraintDef<?, ?> interval() {
    return new GenericConstraintDef<>(Iso8601Interval.class);
  }

  static ConstraintDef<?, ?> duration() {
    return new GenericConstraintDef<>(Iso8601Duration.class);
  }

  static ConstraintDef<?, ?> timeZone() {
    return new GenericConstraintDef<>(IanaTimeZone.class);
  }
}
