package io.journeydsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Malformed or mistyped JSON. The message names the field path in wire names
 * ({@code action.actionTemplate.id}), the line and column, and what was wrong, never Jackson's
 * internal class names.
 */
public final class JourneyJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern TOKEN = Pattern.compile("\\(token `JsonToken\\.(\\w+)`\\)");

  private final String path;
  private final int line;
  private final int column;

  JourneyJsonException(String message, Throwable cause) {
    this(message, "", -1, -1, cause);
  }

  private JourneyJsonException(String message, String path, int line, int column, Throwable cause) {
    super(message, cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** A problem found outside Jackson, at a known place in the input. */
  public static JourneyJsonException at(String message, String path, int line, int column) {
    String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
    return new JourneyJsonException(message + where, path, line, column, null);
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
    message.append(": ").append(describe(e));
    return new JourneyJsonException(message.toString(), path, line, column, e);
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    // Jackson names its own target classes (ImmutableX$Json, java.lang.Integer); keep the readable part.
    String text = original
        .replaceAll("`?io\\.journeydsl\\.[\\w.]+\\.Immutable(\\w+)(\\$\\w+)*`?", "$1")
        .replaceAll("`java\\.lang\\.(\\w+)`", "$1")
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

  private static String tokenName(String token) {
    return switch (token) {
      case "START_ARRAY" -> "an array";
      case "START_OBJECT" -> "an object";
      case "VALUE_STRING" -> "a string";
      case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
      case "VALUE_NULL" -> "null";
      default -> token.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  /** The wire path of the offending field, empty when the document itself is malformed. */
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
