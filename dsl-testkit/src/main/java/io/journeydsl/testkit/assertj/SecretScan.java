package io.journeydsl.testkit.assertj;

import io.journeydsl.testkit.RecordedCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds where a secret appears in a recorded call: path, query (also percent-decoded), header names
 * and values, body. Reports places only, never the secret or the text around it.
 */
final class SecretScan {
  private SecretScan() {}

  /** The parts of {@code call} that contain {@code secret}, such as {@code "header Authorization"}. */
  static List<String> places(RecordedCall call, String secret) {
    List<String> out = new ArrayList<>();
    if (contains(call.path(), secret)) {
      out.add("path");
    }
    if (contains(call.query(), secret)) {
      out.add("query");
    }
    for (Map.Entry<String, List<String>> header : call.headers().entrySet()) {
      boolean inValues = header.getValue().stream().anyMatch(v -> v != null && v.contains(secret));
      if (header.getKey().contains(secret) || inValues) {
        out.add("header " + (header.getKey().contains(secret) ? "name" : header.getKey()));
      }
    }
    if (call.body() != null && contains(call.body(), secret)) {
      out.add("body");
    }
    return out;
  }

  private static boolean contains(String text, String secret) {
    return text.contains(secret) || decoded(text).contains(secret);
  }

  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
