package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.journeydsl.json.WireInstant;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The token reads the generated readers of {@code io.journeydsl.json.internal.generated} share. Each
 * accepts exactly one kind of token and reads it with the jackson-core call the wire mapper's
 * deserializer makes for that token, so the value is the one the mapper would produce; anything else
 * throws {@link Bail}, and the caller reads the whole document with the mapper instead. The readers
 * therefore never have to reproduce an error, a coercion or a null rule: they only see plain input.
 */
public final class PlainJson {
  private PlainJson() {}

  /**
   * The signal that the input is not plain: the caller falls back to the mapper. Preallocated and
   * without a stack trace, because falling back is an expected outcome, not a failure.
   */
  public static final class Bail extends RuntimeException {
    private static final Bail INSTANCE = new Bail();

    private Bail() {
      super("not plain wire JSON", null, false, false);
    }
  }

  /** The bail signal, to throw. */
  public static Bail bail() {
    return Bail.INSTANCE;
  }

  /** Bails unless {@code actual} is {@code expected}. */
  public static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw Bail.INSTANCE;
    }
  }

  /** A string: the mapper's string deserializer returns the text of a string token and coerces nothing else here. */
  public static String string(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.VALUE_STRING);
    return p.getText();
  }

  /**
   * An int: the mapper reads an integer token with {@code getIntValue()}, and fails beyond the range
   * (as it refuses fractions and strings in the bundle reader). Asking the number's type first bails
   * beyond the range without an exception, and changes nothing for an integer that fits.
   */
  public static int intValue(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw Bail.INSTANCE;
    }
    return p.getIntValue();
  }

  /** A long, as {@link #intValue} with {@code getLongValue()}. */
  public static long longValue(JsonParser p, JsonToken t) throws IOException {
    expect(t, JsonToken.VALUE_NUMBER_INT);
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw Bail.INSTANCE;
    }
    return p.getLongValue();
  }

  /** A boolean: only the literals {@code true} and {@code false}. */
  public static boolean booleanValue(JsonToken t) {
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    expect(t, JsonToken.VALUE_FALSE);
    return false;
  }

  /**
   * A float: the mapper reads both number tokens with {@code getFloatValue()} on a fresh token, as
   * here, so the rounding (of {@code 1e2}, {@code -0.0}, a huge exponent) is the same by construction.
   */
  public static float floatValue(JsonParser p, JsonToken t) throws IOException {
    number(t);
    return p.getFloatValue();
  }

  /** A double, as {@link #floatValue} with {@code getDoubleValue()}. */
  public static double doubleValue(JsonParser p, JsonToken t) throws IOException {
    number(t);
    return p.getDoubleValue();
  }

  /**
   * A decimal: the mapper reads both number tokens with {@code getDecimalValue()}, which keeps the
   * spelling's scale ({@code 1.0} is not {@code 1}); the same call here gives the same scale.
   */
  public static BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
    number(t);
    return p.getDecimalValue();
  }

  /**
   * A timestamp: the mapper's Instant deserializer parses the string with {@link WireInstant#parse};
   * text it refuses bails, so its error is the mapper's.
   */
  public static Instant instant(JsonParser p, JsonToken t) throws IOException {
    return WireInstant.parse(string(p, t));
  }

  private static void number(JsonToken t) {
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Bail.INSTANCE;
    }
  }
}
