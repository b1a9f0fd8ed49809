package io.journeydsl.validation.internal;

import io.journeydsl.model.OpenEnum;
import jakarta.annotation.Nullable;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills message templates. Values are shown compactly (long text is cut, lists are joined) and are
 * inserted as text, never evaluated: there is no expression language anywhere.
 */
public final class Messages {
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
  private static final int MAX_TEXT = 80;

  private Messages() {}

  /** The template with {@code {value}} replaced by {@code value} and {@code {name}} by {@code args}. */
  public static String render(String template, @Nullable Object value, Map<String, ?> args) {
    Matcher m = PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.equals("value")) {
        replacement = show(value);
      } else if (args.containsKey(name)) {
        replacement = show(args.get(name));
      } else {
        replacement = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A short readable form of a value. */
  public static String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof OpenEnum e) {
      return e.value();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(Messages::show).collect(Collectors.joining(", "));
    }
    String text = value.toString();
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
  }
}
