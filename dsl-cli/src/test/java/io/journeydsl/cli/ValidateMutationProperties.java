package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.validation.JourneyValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged bundle text never comes out of {@code journey validate --format json} as valid unless the
 * damaged text still reads as a valid bundle, and never makes the command throw.
 */
class ValidateMutationProperties {
  private static final Pattern SCALAR = Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)");
  private static final List<String> GARBAGE = List.of(">>>>>>> branch\n", "<<<<<<< HEAD", "=======", ",", "}", "]", "{",
      "[", ":", "\"", "\"x\"", "null", "3", "2.9", "true", "\"segments\": [],", "\\u0000", "\u00e9", "//", " ");
  private static final List<String> SWAPS = List.of("\"3\"", "2.9", "3", "true", "\"false\"", "null", "[]", "{}", "\"\"",
      "[1]", "{\"a\": 1}", "99999999999", "-1");
  private static final JourneyValidator VALIDATOR = JourneyValidator.create();

  private static String golden;
  private static Path dir;

  @BeforeContainer
  static void load() throws IOException {
    try (InputStream in = Objects.requireNonNull(ValidateMutationProperties.class.getResourceAsStream("/demo-bundle.json"))) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    dir = Files.createTempDirectory("validate-mutations");
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 200)
  void damagedTextIsNeverReportedValidUnlessItStillReadsAsAValidBundle(@ForAll("mutations") List<UnaryOperator<String>> mutations)
      throws IOException {
    String text = golden;
    for (UnaryOperator<String> m : mutations) {
      text = m.apply(text);
    }
    Path file = dir.resolve("mutated.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    CliRun r = CliRun.of("validate", "--format", "json", file.toString());

    assertThat(r.exit()).as(r.err()).isIn(0, 1, 2);
    Statistics.label("exit status").collect(r.exit());
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    JsonNode report = JourneyJson.mapper().readTree(r.out());
    JsonNode verdict = report.get("files").get(0);
    boolean valid = report.get("valid").asBoolean();
    assertThat(verdict.get("valid").asBoolean()).isEqualTo(valid);
    assertThat(r.exit() == 0).isEqualTo(valid);
    assertThat(r.exit() == 2).isEqualTo(!verdict.get("readable").asBoolean());
    if (valid) {
      assertThat(readsAsValidBundle(text)).as("reported valid:\n%s", text).isTrue();
    }
    for (JsonNode v : verdict.get("violations")) {
      if (v.get("code").asText().startsWith("input.")) {
        assertThat(v.get("line").asInt()).isPositive();
        assertThat(v.get("message").asText()).doesNotContain("java.", "JsonToken", "Creator", "Immutable");
      }
    }
  }

  private static boolean readsAsValidBundle(String text) {
    try {
      return VALIDATOR.validate(JourneyConfig.fromJson(text)).isValid();
    } catch (JourneyJsonException e) {
      return false;
    }
  }

  @Provide
  Arbitrary<List<UnaryOperator<String>>> mutations() {
    Arbitrary<UnaryOperator<String>> truncate = Arbitraries.doubles().between(0, 1)
        .map(at -> s -> s.substring(0, (int) (s.length() * at)));
    Arbitrary<UnaryOperator<String>> insert = Combinators.combine(Arbitraries.doubles().between(0, 1),
            Arbitraries.oneOf(Arbitraries.of(GARBAGE), Arbitraries.strings().ofMaxLength(4)))
        .as((at, garbage) -> s -> {
          int i = (int) (s.length() * at);
          return s.substring(0, i) + garbage + s.substring(i);
        });
    Arbitrary<UnaryOperator<String>> swap = Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(SWAPS))
        .as((n, replacement) -> s -> swapScalar(s, n, replacement));
    Arbitrary<UnaryOperator<String>> delete = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 8))
        .as((at, length) -> s -> {
          int i = (int) (s.length() * at);
          return s.substring(0, i) + s.substring(Math.min(s.length(), i + length));
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, truncate), net.jqwik.api.Tuple.of(3, insert),
        net.jqwik.api.Tuple.of(4, swap), net.jqwik.api.Tuple.of(2, delete)).list().ofMinSize(1).ofMaxSize(3);
  }

  /** Replaces the n-th (modulo their number) scalar value of the text with another JSON value. */
  private static String swapScalar(String text, int n, String replacement) {
    Matcher m = SCALAR.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(n % spans.size());
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }
}
