package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line that builds only the subcommand it runs behaves exactly like the whole tree. */
class SubcommandChoiceTest {

  @Test
  void eachCommandsHelpIsTheSameWhenOnlyThatCommandIsBuilt() {
    CommandLine whole = JourneyCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new Terminal(false, Map.of()));
    assertThat(whole.getSubcommands()).hasSizeGreaterThan(5);
    for (String name : whole.getSubcommands().keySet()) {
      StringWriter expected = new StringWriter();
      JourneyCommand.commandLine(new PrintWriter(expected), new PrintWriter(new StringWriter()), new Terminal(false, Map.of()))
          .execute(name, "--help");
      CliRun alone = CliRun.of(name, "--help");

      assertThat(alone.exit()).as(name).isZero();
      assertThat(alone.out()).as(name).isEqualTo(expected.toString()).isNotBlank();
    }
  }

  @Test
  void theRootHelpAndAMistypedCommandStillSeeEveryCommand() {
    assertThat(CliRun.of("--help").out()).contains("validate", "plan", "apply", "export", "simulate", "serve", "completion");
    CliRun typo = CliRun.of("valdate", "bundle.json");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("validate");
  }

  @Test
  void anInheritedOptionBeforeTheCommandStillChoosesIt() {
    CliRun r = CliRun.of("--verbose", "validate", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: journey validate");
  }
}
