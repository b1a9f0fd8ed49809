package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/cli.md is the help of the commands as they are now: a changed option without a regenerated doc fails the build. */
class CliReferenceTest {
  /** Surefire runs in the module's directory; the doc is in the repository's docs folder. */
  private static final Path DOC = Path.of("..", "docs", "cli.md");

  @Test
  void theCliReferenceIsCurrent() throws IOException {
    String current = CliReference.markdown();
    if (Boolean.getBoolean("journey.cli.reference.write")) {
      Files.writeString(DOC, current, StandardCharsets.UTF_8);
    }
    String written = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    assertThat(written)
        .as("docs/cli.md is not the current help of the commands; regenerate it with:%n  %s", CliReference.REGENERATE)
        .isEqualTo(current);
  }

  @Test
  void everyCommandHasASectionWithItsUsageAndExitCodes() {
    String doc = CliReference.markdown();
    for (String command : new String[] {"demo", "validate", "plan", "apply", "export", "simulate", "graph", "query", "serve", "completion"}) {
      String section = doc.substring(doc.indexOf("\n## journey " + command + "\n"));
      assertThat(section).as(command).startsWith("\n## journey " + command + "\n\n```\n")
          .contains("\nUsage: journey " + command + " ").contains("\nExit codes:\n");
    }
  }
}
