package io.journeydsl.deploy.export.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps long generated lines as a person would: at the commas of an outer argument list, filling
 * each line up to the limit, or else before each call of a builder lambda's chain, one per line.
 * Only the space after a comma outside string literals is replaced, or a line break put before a
 * dot, so the code means the same.
 */
final class LineWrap {
  static final int LIMIT = 120;
  /** Commas nested deeper than this (inside an argument's own arguments) are not worth a break. */
  private static final int DEEPEST_COMMA = 2;

  private LineWrap() {}

  /** Every line of {@code text} no longer than {@link #LIMIT} where a comma or a chain allows it. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(wrapLine(lines[i]));
    }
    return out.toString();
  }

  private static String wrapLine(String line) {
    if (line.length() <= LIMIT) {
      return line;
    }
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    // Under "return x(...)" the object's own setters are at +4: continuation goes deeper than them.
    String continuation = " ".repeat(indent + (line.startsWith("return ", indent) ? 8 : 4));
    List<Integer> commas = new ArrayList<>();
    List<Integer> calls = new ArrayList<>();
    scan(line, commas, calls);
    List<String> parts = !commas.isEmpty() ? fill(line, commas, continuation)
        : !calls.isEmpty() ? chain(line, calls, continuation) : List.of(line);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      // A part still too long is wrapped again inside, unless that could not make progress.
      out.append(i == 0 ? "" : "\n").append(part.length() < line.length() ? wrapLine(part) : part);
    }
    return out.toString();
  }

  /** Pieces split after each comma, put together again up to the limit. */
  private static List<String> fill(String line, List<Integer> commas, String continuation) {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int comma : commas) {
      pieces.add(line.substring(from, comma + 1));
      from = comma + 2; // the comma and the one space the writer puts after it
    }
    pieces.add(line.substring(from));
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder(pieces.get(0));
    for (int i = 1; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      if (current.length() + 1 + piece.length() > LIMIT) {
        out.add(current.toString());
        current = new StringBuilder(continuation).append(piece);
      } else {
        current.append(' ').append(piece);
      }
    }
    out.add(current.toString());
    return out;
  }

  /** A line break before each call of the chain. */
  private static List<String> chain(String line, List<Integer> dots, String continuation) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int dot : dots) {
      out.add((from == 0 ? "" : continuation) + line.substring(from, dot));
      from = dot;
    }
    out.add(continuation + line.substring(from));
    return out;
  }

  /**
   * Finds, outside string literals, the commas (each followed by a space) at the shallowest nesting
   * that has any, if not deeper than {@link #DEEPEST_COMMA}; and the dots that continue the chain of
   * the first builder lambda ({@code x -> x.a(..).b(..)}) at that lambda's nesting.
   */
  private static void scan(String line, List<Integer> commas, List<Integer> calls) {
    int bestDepth = Integer.MAX_VALUE;
    int depth = 0;
    int lambdaDepth = -1;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < lambdaDepth) {
          lambdaDepth = Integer.MIN_VALUE; // the first lambda has ended; later ones are not split
        }
      } else if (c == '-' && line.startsWith("-> ", i) && lambdaDepth == -1) {
        lambdaDepth = depth;
      } else if (c == '.' && depth == lambdaDepth && line.charAt(i - 1) == ')') {
        calls.add(i);
      } else if (c == ',' && i + 1 < line.length() && line.charAt(i + 1) == ' ' && depth > 0 && depth <= DEEPEST_COMMA) {
        if (depth < bestDepth) {
          bestDepth = depth;
          commas.clear();
        }
        if (depth == bestDepth) {
          commas.add(i);
        }
      }
    }
  }
}
