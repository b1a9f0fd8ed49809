package io.journeydsl.deploy.export.internal;

/**
 * Java source literals for wire values. Strings come out as pure ASCII (a Unicode escape for anything
 * else) so the generated file compiles the same whatever encoding javac assumes, and every number
 * literal reads back as exactly the value written.
 */
public final class JavaLiterals {
  private JavaLiterals() {}

  /** A string literal: quotes, backslashes, control and non-ASCII characters escaped. */
  public static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            // Also covers U+2028/9 and lone surrogates; javac turns each escape back into the char.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A {@code float} literal that reads back as exactly {@code value}. */
  public static String floatLiteral(float value) {
    if (Float.isNaN(value)) {
      return "Float.NaN";
    } else if (Float.isInfinite(value)) {
      return value > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
    }
    return Float.toString(value) + "f";
  }

  /** A {@code double} literal that reads back as exactly {@code value}. */
  public static String doubleLiteral(double value) {
    if (Double.isNaN(value)) {
      return "Double.NaN";
    } else if (Double.isInfinite(value)) {
      return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    }
    return Double.toString(value);
  }

  /** An {@code int} literal; {@link Integer#MIN_VALUE} needs no special case in Java source. */
  public static String intLiteral(int value) {
    return Integer.toString(value);
  }

  /** A {@code long} literal. */
  public static String longLiteral(long value) {
    return value + "L";
  }
}
