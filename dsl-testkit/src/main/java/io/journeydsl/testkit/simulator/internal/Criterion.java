package io.journeydsl.testkit.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One compiled criterion or condition: a key, an operator and its values, matched against the value
 * an event or the visit context holds for the key. Values are lower-cased once here when the
 * criterion ignores case, so matching allocates only for the actual value.
 */
final class Criterion {
  private final String key;
  private final String operator;
  private final List<String> shownValues;
  private final String[] values;
  private final boolean ignoreCase;

  Criterion(String key, String operator, List<String> values, boolean ignoreCase) {
    this.key = key == null ? "" : key;
    // A missing operator means equal: the API's clients (Terraform) default it so.
    this.operator = operator == null ? "equal" : operator;
    this.shownValues = values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    this.ignoreCase = ignoreCase;
    this.values = shownValues.stream().map(v -> ignoreCase ? v.toLowerCase(Locale.ROOT) : v).toArray(String[]::new);
  }

  String key() {
    return key;
  }

  /** Whether {@code actual} (null when the key is absent) satisfies the criterion. */
  boolean test(String actual) {
    return test(actual, actual == null || !ignoreCase ? actual : actual.toLowerCase(Locale.ROOT));
  }

  /** Whether the event's value for this criterion's key satisfies it. */
  boolean test(Fields fields) {
    return ignoreCase ? test(fields.get(key), fields.lower(key)) : test(fields.get(key), null);
  }

  /** {@code lowered} is {@code actual} lower-cased when the criterion ignores case. */
  private boolean test(String actual, String lowered) {
    if (actual == null) {
      return false;   // an absent key satisfies no criterion, not even a negative one (an assumption)
    }
    String a = ignoreCase ? lowered : actual;
    switch (operator) {
      case "equal":
        return any(a, Op.EQUAL);
      case "notEqual":
        return !any(a, Op.EQUAL);
      case "containsAll":
        return all(a);
      case "containsAny":
        return any(a, Op.CONTAINS);
      case "notContainsAll":
        return !all(a);
      case "notContainsAny":
        return !any(a, Op.CONTAINS);
      case "startsWith":
        return any(a, Op.STARTS);
      case "endsWith":
        return any(a, Op.ENDS);
      case "greaterThan":
        return ordered(actual, c -> c > 0);
      case "greaterThanOrEqual":
        return ordered(actual, c -> c >= 0);
      case "lessThan":
        return ordered(actual, c -> c < 0);
      case "lessThanOrEqual":
        return ordered(actual, c -> c <= 0);
      default:
        return false;   // an operator unknown to this version matches nothing
    }
  }

  private enum Op { EQUAL, CONTAINS, STARTS, ENDS }

  private boolean any(String a, Op op) {
    for (String v : values) {
      boolean hit = switch (op) {
        case EQUAL -> a.equals(v);
        case CONTAINS -> a.contains(v);
        case STARTS -> a.startsWith(v);
        case ENDS -> a.endsWith(v);
      };
      if (hit) {
        return true;
      }
    }
    return false;
  }

  private boolean all(String a) {
    if (values.length == 0) {
      return false;
    }
    for (String v : values) {
      if (!a.contains(v)) {
        return false;
      }
    }
    return true;
  }

  private interface Sign {
    boolean accepts(int comparison);
  }

  /** Ordered operators hold when the actual value compares so with any of the values. */
  private boolean ordered(String actual, Sign sign) {
    for (String v : shownValues) {
      Integer c = compare(actual.trim(), v.trim());
      if (c != null && sign.accepts(c)) {
        return true;
      }
    }
    return false;
  }

  /** Numbers by value, else ISO-8601 dates or instants, else dotted versions; null when not comparable. */
  static Integer compare(String a, String b) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return x.compareTo(y);
    }
    Instant i = instant(a);
    Instant j = instant(b);
    if (i != null && j != null) {
      return i.compareTo(j);
    }
    if (a.matches("\\d+(\\.\\d+)+") && b.matches("\\d+(\\.\\d+)*") || b.matches("\\d+(\\.\\d+)+") && a.matches("\\d+(\\.\\d+)*")) {
      String[] p = a.split("\\.");
      String[] q = b.split("\\.");
      for (int k = 0; k < Math.max(p.length, q.length); k++) {
        int c = new BigDecimal(k < p.length ? p[k] : "0").compareTo(new BigDecimal(k < q.length ? q[k] : "0"));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
    return null;
  }

  private static BigDecimal number(String s) {
    if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '.')) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant instant(String s) {
    if (s.length() < 10 || s.charAt(4) != '-') {
      return null;
    }
    try {
      return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return key + " " + operator + " " + shownValues + (ignoreCase ? " ignoring case" : "");
  }
}
