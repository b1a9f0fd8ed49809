package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.validation.internal.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/validation-rules.md} and the rule catalog in sync. */
class RuleDocumentationTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (\\w+) \\| (.+) \\| ([^|]+) \\|$");

  /** Documented rows by code: severity and source label. */
  private static Map<String, String[]> documented() throws Exception {
    Path doc = Path.of("..", "docs", "validation-rules.md");
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        assertThat(rows.put(m.group(1), new String[] {m.group(2), m.group(4).trim(), m.group(3)}))
            .as("documented twice: %s", m.group(1)).isNull();
      }
    }
    return rows;
  }

  @Test
  void everyCodeInTheCodeIsDocumentedAndEveryDocumentedCodeExists() throws Exception {
    assertThat(documented().keySet())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values()).map(Rule::code).toList());
  }

  @Test
  void severityAndSourceMatchTheCatalog() throws Exception {
    Map<String, String[]> rows = documented();
    Map<String, Rule> rules = Arrays.stream(Rule.values()).collect(Collectors.toMap(Rule::code, Function.identity()));
    rows.forEach((code, row) -> {
      Rule rule = rules.get(code);
      assertThat(row[0]).as("severity of %s", code).isEqualTo(rule.severity().name());
      assertThat(row[1]).as("source of %s", code).isEqualTo(rule.source().label());
      assertThat(row[2]).as("what %s checks", code).isNotBlank();
    });
  }
}
