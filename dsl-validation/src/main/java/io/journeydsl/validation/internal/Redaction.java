package io.journeydsl.validation.internal;

import jakarta.annotation.Nullable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Masks values that may be secrets so they never appear in a report, a log or a CI output: values
 * of fields (or open-action configuration entries, or flow request mappings) whose name looks like
 * a credential.
 */
public final class Redaction {
  /** What a masked value is shown as. */
  public static final String MASK = "****";

  private static final Pattern SECRET = Pattern.compile(
      "(secret|password|passwd|token|apikey|api_key|api-key|authorization|credential|privatekey|private_key)");

  private Redaction() {}

  /** {@code value}, or {@link #MASK} when the last name in {@code path} looks like a secret. */
  public static @Nullable Object mask(String path, @Nullable Object value) {
    return value != null && isSecretName(lastName(path)) ? MASK : value;
  }

  /** Whether a field or key name looks like a credential. */
  public static boolean isSecretName(@Nullable String name) {
    return name != null && SECRET.matcher(name.toLowerCase(Locale.ROOT)).find();
  }

  private static String lastName(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == ']') {
      int open = path.lastIndexOf('[', end - 1);
      if (open < 0) {
        break;
      }
      String inside = path.substring(open + 1, end - 1);
      if (!inside.chars().allMatch(Character::isDigit)) {
        return inside;
      }
      end = open;
    }
    String head = path.substring(0, end);
    int dot = head.lastIndexOf('.');
    return dot < 0 ? head : head.substring(dot + 1);
  }
}
