package io.journeydsl.validation.internal;

import java.util.List;

/** The checks the declarations use, each carrying its rule code. */
final class Defs {
  private static final Check CROSS_FIELD = new Check.CrossField();
  private static final Check KNOWN = new Check.Known(List.of());

  private Defs() {}

  static Check notBlank() {
    return new Check.Matches("(?s).*\\S.*", Rule.FIELD_BLANK);
  }

  static Check valuesNotEmpty() {
    return new Check.NotEmpty(Rule.FIELD_VALUES_EMPTY);
  }

  static Check readOnly() {
    return new Check.MustBeNull(Rule.FIELD_READ_ONLY);
  }

  static Check url() {
    return new Check.Matches("https?://[^\\s/?#]+[^\\s]*", Rule.FIELD_URL);
  }

  static Check pattern(String regexp, Rule rule) {
    return new Check.Matches(regexp, rule);
  }

  static Check known() {
    return KNOWN;
  }

  static Check known(String... values) {
    return new Check.Known(List.of(values));
  }

  static Check range(Rule rule, double min, double max) {
    return new Check.InRange(rule, min, max);
  }

  static Check atLeast(Rule rule, double min) {
    return range(rule, min, Double.MAX_VALUE);
  }

  static Check crossField() {
    return CROSS_FIELD;
  }

  static Check interval() {
    return new Check.Interval();
  }

  static Check duration() {
    return new Check.Duration();
  }

  static Check timeZone() {
    return new Check.TimeZone();
  }
}
