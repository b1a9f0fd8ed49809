package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.ChangeAction;
import io.journeydsl.deploy.DeployEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Errors as one line, --verbose, NO_COLOR, progress only on a terminal, and shell completion. */
class CliPolishTest {
  private static final String ESC = "\u001B[";

  /** A command that fails the way no command foresees, nested in an exception without a message. */
  @CommandLine.Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException(new java.io.UncheckedIOException("disk on fire", new java.io.IOException("disk on fire")));
    }
  }

  private static CliRun runWithBoom(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine journey = JourneyCommand.commandLine(new PrintWriter(out), new PrintWriter(err), new Terminal(false, Map.of()));
    journey.addSubcommand(new Boom());
    journey.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));   // reach the command added late too
    int exit = journey.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  @Test
  void anUnexpectedFailureIsOneLineAndAHintWithoutAStackTrace() {
    CliRun r = runWithBoom("boom");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo(String.format("journey: disk on fire%njourney: run with --verbose for details%n"));
  }

  @Test
  void verboseShowsTheStackTraceWhereverItIsGiven() {
    for (CliRun r : List.of(runWithBoom("boom", "--verbose"), runWithBoom("--verbose", "boom"))) {
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains("java.lang.IllegalStateException", "\tat ", "Caused by: java.io.UncheckedIOException: disk on fire")
          .doesNotContain("run with --verbose");
    }
  }

  @Test
  void aCommandsDocumentedErrorCodeIsKeptForAnUnexpectedFailure() {
    CommandLine journey = JourneyCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new Terminal(false, Map.of()));

    assertThat(journey.getSubcommands().get("validate").getCommandSpec().exitCodeOnExecutionException()).isEqualTo(2);
    assertThat(journey.getSubcommands().get("plan").getCommandSpec().exitCodeOnExecutionException()).isEqualTo(1);
    assertThat(journey.getSubcommands().get("plan").getCommandSpec().exitCodeOnInvalidInput()).isEqualTo(1);
    assertThat(journey.getSubcommands().get("export").getCommandSpec().exitCodeOnInvalidInput()).isEqualTo(1);
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    assertThat(new Terminal(true, Map.of()).color()).isTrue();
    assertThat(new Terminal(true, Map.of("NO_COLOR", "")).color()).as("an empty NO_COLOR does not count").isTrue();
    assertThat(new Terminal(true, Map.of("NO_COLOR", "1")).color()).isFalse();
    assertThat(new Terminal(false, Map.of()).color()).isFalse();

    assertThat(help(new Terminal(true, Map.of()))).contains(ESC);
    assertThat(help(new Terminal(true, Map.of("NO_COLOR", "1")))).doesNotContain(ESC).contains("Usage: journey plan");
    assertThat(help(new Terminal(false, Map.of()))).doesNotContain(ESC);
  }

  private static String help(Terminal terminal) {
    StringWriter out = new StringWriter();
    JourneyCommand.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()), terminal).execute("plan", "--help");
    return out.toString();
  }

  @Test
  void progressIsABarOnATerminalAndPlainLinesElsewhere() {
    Change change = new Change(ChangeAction.CREATE, ApiCollection.SEGMENTS, "Pricing visitors", null, List.of());
    StringWriter bar = new StringWriter();
    StringWriter lines = new StringWriter();
    for (DeployEvent event : List.of(new DeployEvent(DeployEvent.Type.STARTED, change, 0, 1, ""),
        new DeployEvent(DeployEvent.Type.SUCCEEDED, change, 1, 1, ""))) {
      new Progress(new PrintWriter(bar), true).onEvent(event);
      new Progress(new PrintWriter(lines), false).onEvent(event);
    }

    assertThat(bar.toString()).contains("\r[", "] 1/1").doesNotContain(ESC);
    assertThat(lines.toString()).isEqualTo(String.format("[1/1] done %s%n", change.describe())).doesNotContain("\r");
  }

  @Test
  void completionPrintsPicocliScriptCoveringEveryCommand() {
    CliRun r = CliRun.of("completion");

    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("complete -F _complete_journey", "bashcompinit")
        .contains("validate", "plan", "apply", "export", "simulate", "serve", "--detailed-exitcode", "--reject-duplicate-names");
  }

  @Test
  void usageErrorsAreOneLineAndWhereTheHelpIs() {
    CliRun r = CliRun.of("validate", "--no-such-option", "x.json");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(String.format("journey validate: Unknown option: '--no-such-option'%n"
        + "Try 'journey validate --help' for more information.%n"));
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRun r = CliRun.of("valdate", "x.json");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("journey: Unmatched arguments from index 0: 'valdate', 'x.json'")
        .contains("Did you mean", "validate").endsWith(String.format("Try 'journey --help' for more information.%n"));
  }
}
