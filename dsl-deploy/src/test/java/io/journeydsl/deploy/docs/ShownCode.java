package io.journeydsl.deploy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The pages of {@code docs/} that show code of this package: a source marks a block with a
 * {@code // NAME-START} line and a {@code // NAME-END} line, and a page must show the block as it is
 * (runs of whitespace count as one space).
 */
final class ShownCode {
  /** This package's sources, from the module directory the tests run in. */
  static final Path SOURCES = Path.of("src", "test", "java", "io", "journeydsl", "deploy", "docs");
  /** The documentation, beside the modules. */
  static final Path DOCS = Path.of("..", "docs");

  private ShownCode() {}

  /** The lines strictly between the two markers of {@code name} in {@code source}, joined. */
  static String block(String source, String name) {
    List<String> lines = lines(SOURCES.resolve(source));
    int start = lines.indexOf("// " + name + "-START");
    int end = lines.indexOf("// " + name + "-END");
    assertThat(start).as(source + " marks " + name + "-START on a line of its own").isNotNegative();
    assertThat(end).as(source + " marks " + name + "-END after its start").isGreaterThan(start + 1);
    return String.join("\n", lines.subList(start + 1, end));
  }

  /** Checks that the page {@code page} of {@code docs/} shows the block {@code name} of {@code source}. */
  static void assertShows(String page, String source, String name) {
    String code = block(source, name);
    assertThat(squeeze(text(DOCS.resolve(page))).contains(squeeze(code)))
        .as("docs/" + page + " shows " + name + " of " + source + " exactly:%n%s", code).isTrue();
  }

  static String text(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path path) {
    return text(path).lines().map(String::strip).toList();
  }

  private static String squeeze(String text) {
    return String.join(" ", text.strip().split("\\s+"));
  }
}
