package io.journeydsl.validation.internal;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Locale;

/**
 * The known value a mistyped one was probably meant to be: the same letters ignoring case,
 * underscores, dashes and spaces ({@code active}, {@code content_offer}), or a near miss of at most
 * two edits ({@code Actve}). Used for the "did you mean" of {@code field.enum.unknown}.
 */
public final class Suggestions {
  private static final int MAX_EDITS = 2;

  private Suggestions() {}

  /** The known value closest to {@code value}, or {@code null} when none is close enough. */
  @Nullable
  public static String closest(String value, List<String> known) {
    String folded = fold(value);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      if (candidate.equals(value)) {
        return null;
      }
      if (fold(candidate).equals(folded)) {
        return candidate;
      }
      int d = distance(value.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    // A short value is within two edits of too much: it must keep more letters than it changes.
    return bestDistance <= MAX_EDITS && bestDistance < value.length() ? best : null;
  }

  /** {@code ": did you mean 'X'?"}, or empty when nothing is close. */
  public static String didYouMean(String value, List<String> known) {
    String closest = closest(value, known);
    return closest == null ? "" : ": did you mean '" + closest + "'?";
  }

  private static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '_' && c != '-' && !Character.isWhitespace(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps). */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > MAX_EDITS) {
      return MAX_EDITS + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
