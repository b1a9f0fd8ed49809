package io.journeydsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Malformed or mistyped JSON. The message names the field path in wire names
 * ({@code action.actionTemplate.id}), the line and column, and what was wrong in wire terms (what
 * the input had and what was expected), never Jackson's internal class or token names.
 *
 * <p>{@link #code()} says what kind of problem it is. {@link #isMalformed()} separates input that is
 * not a JSON document at all (bad syntax, data after the end, beyond the parser's limits) from JSON of
 * the wrong shape (a wrong type, a bad value, a duplicate or unknown key), which a validator can
 * report like any other violation.
 */
public final class JourneyJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not JSON: bad syntax, or data after the end of the document. */
  public static final String SYNTAX = "input.syntax";
  /** Beyond the parser's limits: nesting too deep, a string or number too long. */
  public static final String LIMIT = "input.limit";
  /** A JSON value of the wrong type: an array where an object belongs, a string where an integer does. */
  public static final String TYPE = "input.type";
  /** A value of the right JSON type that does not read: a timestamp that does not parse, an integer out of range. */
  public static final String VALUE = "input.value";
  /** A key given twice in one object (the second would silently replace the first). */
  public static final String DUPLICATE_KEY = "input.duplicateKey";
  /** A key the format does not have where unknown keys are not kept (the top level of a bundle). */
  public static final String UNKNOWN_KEY = "input.unknownKey";
  /** JSON of the wrong shape, not further classified. */
  public static final String SHAPE = "input.shape";

  private static final Pattern TOKEN = Pattern.compile("\\(token `JsonToken\\.(\\w+)`\\)");

  private final String code;
  private final String detail;
  private final String path;
  private final int line;
  private final int column;

  JourneyJsonException(String message, Throwable cause) {
    this(SHAPE, message, message, "", -1, -1, cause);
  }

  private JourneyJsonException(String code, String message, String detail, String path, int line, int column,
      Throwable cause) {
    super(message, cause);
    this.code = code;
    this.detail = detail;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** A problem found outside Jackson, at a known place in the input; its code is {@link #SHAPE}. */
  public static JourneyJsonException at(String message, String path, int line, int column) {
    return at(SHAPE, message, path, line, column);
  }

  /** A problem of this {@linkplain #code() code} found outside Jackson, at a known place in the input. */
  public static JourneyJsonException at(String code, String message, String path, int line, int column) {
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return new JourneyJsonException(code, message + where, message, path, line, column, null);
  }

  /** Wraps a Jackson failure reading {@code target}. */
  public static JourneyJsonException of(Class<?> target, JsonProcessingException e) {
    String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    StringBuilder message = new StringBuilder("invalid ").append(target.getSimpleName()).append(" JSON");
    if (!path.isEmpty()) {
      message.append(" at ").append(path);
    }
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    String detail = describe(e);
    message.append(": ").append(detail);
    return new JourneyJsonException(codeOf(e), message.toString(), detail, path, line, column, e);
  }

  /**
   * The wire path of a place in a document being parsed, e.g. {@code segments[0].displayName};
   * empty at the top level.
   */
  public static String pathOf(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    return String.join("", parts).replaceFirst("^\\.", "");
  }

  private static String codeOf(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return LIMIT;
    }
    if (e instanceof InputCoercionException) {
      return VALUE;
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamReadException) {
      return original.startsWith("Duplicate field") ? DUPLICATE_KEY : SYNTAX;
    }
    if (original.startsWith("Trailing token")) {
      return SYNTAX;
    }
    if (e instanceof ValueInstantiationException) {
      return VALUE;
    }
    // The right JSON type that still does not read: a timestamp that does not parse, an integer too large.
    if (e instanceof MismatchedInputException m && !(e instanceof InvalidNullException)
        && m.getProcessor() instanceof JsonParser p && kindOf(m.getTargetType()) != null
        && kindOf(m.getTargetType()).equals(found(p.currentToken()))) {
      return VALUE;
    }
    if (e.getCause() instanceof InputCoercionException) {
      return VALUE;
    }
    return TYPE;
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof MismatchedInputException m && m.getProcessor() instanceof JsonParser p) {
      String expected = kindOf(m.getTargetType());
      String had = found(p.currentToken());
      if (e instanceof InvalidNullException) {
        return "null is not allowed here" + (expected == null ? "" : " (expected " + expected + ")");
      }
      if (expected != null && had != null && !expected.equals(had)) {
        return "expected " + expected + ", found " + had + sample(p);
      }
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
      return "invalid value: " + clean(e.getCause().getMessage());
    }
    return clean(e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage());
  }

  /** Jackson's text with its own class names, token names and configuration hints taken out. */
  private static String clean(String original) {
    String text = original
        .replaceAll("`?io\\.journeydsl\\.[\\w.]+\\.Immutable(\\w+)(\\$\\w+)*`?", "$1")
        .replaceAll("`?io\\.journeydsl\\.([\\w]+\\.)*(\\w+)`?", "$2")
        .replaceAll("`java\\.(lang|time|math)\\.(\\w+)`", "$2")
        .replaceAll("`java\\.util\\.[\\w<>.,]+`", "an object")
        .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceAll(",? from `StreamReadConstraints\\.\\w+\\(\\)`", "")
        .replaceAll(" \\(but might if coercion using `CoercionConfig` was enabled\\)", "")
        .replaceAll("\\s*\\n.*", "");
    // "(token `JsonToken.START_ARRAY`)" is Jackson's vocabulary; say what the input had instead.
    Matcher token = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      token.appendReplacement(out, Matcher.quoteReplacement("(found " + tokenName(token.group(1)) + ")"));
    }
    token.appendTail(out);
    return out.toString();
  }

  /** What a value of this Java type is on the wire, or {@code null} when it is not plain. */
  private static String kindOf(Class<?> type) {
    if (type == null || type == Object.class || type == JsonNode.class) {
      return null;
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == BigInteger.class) {
      return "an integer";
    }
    if (type == Float.class || type == float.class || type == Double.class || type == double.class
        || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || Temporal.class.isAssignableFrom(type)
        || type == io.journeydsl.model.OpenEnum.class || io.journeydsl.model.OpenEnum.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray() || ArrayNode.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || ObjectNode.class.isAssignableFrom(type)
        || type.getName().startsWith("io.journeydsl.")) {
      return "an object";
    }
    return null;
  }

  private static String found(JsonToken token) {
    return token == null ? null : tokenName(token.name());
  }

  /** The offending scalar as it was written, shortened: {@code "3"}, {@code 2.9}. */
  private static String sample(JsonParser p) {
    try {
      JsonToken t = p.currentToken();
      if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
        return "";
      }
      String text = p.getText();
      if (text.length() > 40) {
        text = text.substring(0, 40) + "...";
      }
      return t == JsonToken.VALUE_STRING ? " (\"" + text + "\")" : " (" + text + ")";
    } catch (java.io.IOException | RuntimeException e) {
      return "";
    }
  }

  private static String tokenName(String token) {
    return switch (token) {
      case "START_ARRAY" -> "an array";
      case "START_OBJECT" -> "an object";
      case "VALUE_STRING" -> "a string";
      case "VALUE_NUMBER_INT" -> "an integer";
      case "VALUE_NUMBER_FLOAT" -> "a number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
      case "VALUE_NULL" -> "null";
      case "END_ARRAY" -> "the end of an array";
      case "END_OBJECT" -> "the end of an object";
      case "FIELD_NAME" -> "a key";
      default -> token.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /**
   * The kind of problem, a stable code: {@link #SYNTAX}, {@link #LIMIT}, {@link #TYPE}, {@link #VALUE},
   * {@link #DUPLICATE_KEY}, {@link #UNKNOWN_KEY} or {@link #SHAPE}.
   */
  public String code() {
    return code;
  }

  /**
   * Whether the input is not a readable JSON document at all ({@link #SYNTAX}, {@link #LIMIT}), as
   * opposed to JSON of the wrong shape.
   */
  public boolean isMalformed() {
    return SYNTAX.equals(code) || LIMIT.equals(code);
  }

  /**
   * What was wrong, without the place: {@code expected an integer, found a string ("3")}. The
   * {@linkplain #getMessage() message} is this with the path, line and column.
   */
  public String detail() {
    return detail;
  }

  /** The wire path of the offending field; empty at the top level or when the syntax itself is wrong. */
  public String path() {
    return path;
  }

  /** 1-based line of the problem in the input, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column of the problem in the input, or -1 when unknown. */
  public int column() {
    return column;
  }
}
