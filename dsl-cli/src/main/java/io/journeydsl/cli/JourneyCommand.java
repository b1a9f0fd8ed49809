package io.journeydsl.cli;

import io.journeydsl.validation.JourneyValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code journey} command: the entry point of {@code journey.jar}. */
@Command(
    name = "journey",
    mixinStandardHelpOptions = true,
    versionProvider = JourneyCommand.Version.class,
    description = {"Genesys Cloud Journey (Predictive Engagement) configuration as code: validate bundle files, plan and",
        "apply them to an org, export an org, simulate visitors, draw and query a configuration, and run a",
        "local fake of the Journey API."},
    exitCodeList = {"0:Success.", "1:The command failed (each command lists its own codes).", "2:Usage error (plan, apply, export and query: 1, so that 2 keeps its own meaning there)."},
    footer = {"  journey demo                                  the whole story on the embedded fake",
        "  journey validate journey/*.json               check bundle files (CI, no credentials)",
        "  journey plan --region eu-west-1 bundle.json   what apply would change (GENESYS_CLIENT_ID/SECRET)",
        "  journey help apply                            help of one command",
        "",
        "Add --verbose to any command to see the stack trace of an unexpected failure."})
public final class JourneyCommand implements Runnable {
  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, ValidateCommand.class,
      PlanCommand.class, ApplyCommand.class, ExportCommand.class, SimulateCommand.class, GraphCommand.class,
      QueryCommand.class, ServeCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "On an unexpected failure, print the stack trace instead of one line.")
  boolean verbose;

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
    List<Class<?>> needed = SubcommandChoice.needed(SUBCOMMANDS, args);
    if (needed.size() == 1 && ValidatesBundles.class.isAssignableFrom(needed.get(0))) {
      // The validator's start-up, about half of a cold `journey validate`, then runs on the other
      // core while picocli starts and the files are read.
      JourneyValidator.prepareInBackground();
    }
    return commandLine(out, err, Terminal.current(), needed).execute(args);
  }

  /**
   * The configured command line: help layout, colour only when {@code terminal} welcomes it, usage
   * errors and unexpected failures as one line (see {@link UsageErrors} and {@link Failures}).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
    return commandLine(out, err, terminal, SUBCOMMANDS);
  }

  /**
   * The command line with {@code subcommands} only. Picocli builds each command's model by reflection
   * over its annotations; a command line that runs one subcommand needs only that one built (see
   * {@link SubcommandChoice}).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal, List<Class<?>> subcommands) {
    JourneyCommand root = new JourneyCommand();
    CommandLine commandLine = new CommandLine(root);
    // Subcommands first: picocli hands the settings below only to the subcommands present when they are set.
    subcommands.forEach(commandLine::addSubcommand);
    commandLine.setOut(out).setErr(err)
        .setColorScheme(CommandLine.Help.defaultColorScheme(terminal.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF))
        .setExecutionExceptionHandler(new Failures(() -> root.verbose))
        .setParameterExceptionHandler(new UsageErrors());
    HelpLayout.apply(commandLine);
    return commandLine;
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
