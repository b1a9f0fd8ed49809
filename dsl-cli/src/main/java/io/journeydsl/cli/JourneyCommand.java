package io.journeydsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code journey} command: the entry point of {@code journey.jar}. */
@Command(
    name = "journey",
    mixinStandardHelpOptions = true,
    versionProvider = JourneyCommand.Version.class,
    description = "Genesys Cloud Journey configuration as code.",
    subcommands = {DemoCommand.class, ServeCommand.class, ValidateCommand.class, PlanCommand.class, ApplyCommand.class,
        ExportCommand.class, SimulateCommand.class, CommandLine.HelpCommand.class})
public final class JourneyCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on the process's streams and returns its exit status. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line writing to {@code out} and {@code err} (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new JourneyCommand()).setOut(out).setErr(err);
    // plan and apply exit 1 on a usage error too: with --detailed-exitcode, 2 means "changes" to a script.
    CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      int status = usage.handleParseException(e, arguments);
      Object command = e.getCommandLine().getCommand();
      return command instanceof PlanCommand || command instanceof ApplyCommand ? DeployCommands.ERROR : status;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties props = new Properties();
      try (InputStream in = JourneyCommand.class.getResourceAsStream("/journey-version.properties")) {
        if (in != null) {
          props.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"journey " + props.getProperty("version", "unknown")};
    }
  }
}
