package io.journeydsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code shown in a document is code a test compiles: a test class marks each snippet with
 * {@code // NAME-START} and {@code // NAME-END} comments, and {@link #assertShown} checks the
 * document still shows each snippet exactly (whitespace aside).
 */
final class DocSnippets {
  private DocSnippets() {}

  /** The snippets of the test source {@code source} whose marker names start with {@code prefix}, in order. */
  static Map<String, String> snippets(Path source, String prefix) {
    Matcher m = Pattern.compile("// (" + Pattern.quote(prefix) + "[A-Z0-9-]*)-START\\n(.*?)\\n\\s*// \\1-END", Pattern.DOTALL)
        .matcher(read(source));
    Map<String, String> found = new LinkedHashMap<>();
    while (m.find()) {
      found.put(m.group(1), m.group(2));
    }
    assertThat(found).as("snippets marked " + prefix + "... in " + source).isNotEmpty();
    return found;
  }

  /** Checks {@code document} shows every snippet of {@code source} marked with {@code prefix}. */
  static void assertShown(Path document, Path source, String prefix) {
    String shown = normalize(read(document));
    snippets(source, prefix).forEach((name, code) ->
        assertThat(shown).as(document + " shows snippet " + name).contains(normalize(code)));
  }

  private static String normalize(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
