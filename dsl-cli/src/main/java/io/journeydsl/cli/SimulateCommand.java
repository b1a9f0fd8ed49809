package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.simulator.SessionsFile;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.SimulationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey simulate BUNDLE SESSIONS.json [--format text|json]}: runs the visitors of a sessions
 * file (format in docs/simulator.md) through a bundle's configuration and prints a timeline per
 * visitor: events, segment matches, qualified maps, the action offered, and why. Exit 0 when it ran,
 * 2 when a file cannot be read or does not hold what it should (the message names the file and the
 * place).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, exitCodeOnExecutionException = 2,
    header = "Simulate visitors against a bundle.",
    description = {"Simulate visitors against a bundle: which segments they match, which action maps qualify,",
        "which action is offered and why, event by event. The sessions file format is in docs/simulator.md."},
    exitCodeList = {"0:Simulated.", "2:Usage error, unreadable input or an unexpected failure."},
    footer = {"  journey simulate bundle.json sessions.json",
        "  journey simulate --format json bundle.json sessions.json"})
final class SimulateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text (a timeline per visitor) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle file of the configuration.")
  Path bundle;

  @Parameters(index = "1", paramLabel = "SESSIONS.json", description = "The visitors and their sessions.")
  Path sessions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JourneyConfig config;
    SessionsFile file;
    try {
      config = BundleInput.read(bundle);
    } catch (BundleInput.Unusable e) {
      return fail(err, e.getMessage());
    }
    try {
      file = SessionsFile.read(BundleText.read(sessions));
    } catch (BundleText.Unreadable e) {
      return fail(err, sessions + at(e.line, e.column) + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return fail(err, sessions + ": " + e.getMessage());
    }
    Simulation simulation = file.simulator(config).simulate(file.visitors());
    out.print(format == Format.json ? SimulationReport.json(simulation) + System.lineSeparator() : SimulationReport.text(simulation));
    out.flush();
    return 0;
  }

  private static int fail(PrintWriter err, String message) {
    err.println("journey simulate: " + message);
    err.flush();
    return 2;
  }

  private static String at(int line, int column) {
    return line > 0 ? ":" + line + ":" + column : "";
  }
}
