package io.journeydsl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Writes {@code docs/cli.md}, the CLI reference, from picocli's own help text of every command and
 * subcommand, so the reference says exactly what {@code journey <command> --help} says. The few
 * sentences around the help are here too: the file has one author, this class.
 */
final class CliReference {
  /** The command that rewrites the file, quoted by the test that keeps it current. */
  static final String REGENERATE = "mvn -B -q test -pl dsl-cli -am -Dtest=CliReferenceTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Djourney.cli.reference.write=true";

  private CliReference() {}

  /** The whole markdown text of {@code docs/cli.md}. */
  static String markdown() {
    // Help as on a pipe: no colour, the fixed width of HelpLayout.
    CommandLine root = JourneyCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new Terminal(false, Map.of()));
    StringBuilder md = new StringBuilder();
    md.append("# The `journey` command line\n\n")
        .append("<!-- Generated from picocli's help text by CliReference (dsl-cli tests); do not edit by hand.\n")
        .append("     Regenerate: ").append(REGENERATE).append(" -->\n\n")
        .append("`dsl-cli/target/journey.jar` is the `journey` command: `java -jar journey.jar <command>`.\n")
        .append("This page is the help of every command, exactly as `journey <command> --help` prints it.\n\n")
        .append("- **Errors** are one line on stderr, `journey: <what went wrong>`. An unexpected failure adds\n")
        .append("  `run with --verbose for details`; `--verbose`, accepted by every command, prints the stack trace\n")
        .append("  instead. Each command lists its exit codes.\n")
        .append("- **Colour** (the plan's `+`, `~`, `-`, the help) is used only on a terminal and never when the\n")
        .append("  `NO_COLOR` environment variable is set to a non-empty value. A progress bar is drawn only on a\n")
        .append("  terminal; elsewhere (CI logs, pipes) `apply` prints one line per step.\n")
        .append("- **Shell completion** for bash and zsh: `source <(journey completion)`, see\n")
        .append("  [journey completion](#journey-completion).\n")
        .append("- **Pictures**: `journey graph` draws which action maps use which segments, outcomes and templates\n")
        .append("  (Mermaid for Markdown pages, DOT for Graphviz); `journey query --chart FILE.svg` draws analytics\n")
        .append("  counts over time as a standalone SVG. Both need no org: `graph` reads the bundle, `query --fake`\n")
        .append("  runs on the in-memory fake fed with the visitors of a sessions file.\n\n");
    md.append("| command | what it does |\n|---|---|\n");
    root.getSubcommands().forEach((name, sub) -> md.append("| [`journey ").append(name).append("`](#journey-")
        .append(name).append(") | ").append(summary(sub)).append(" |\n"));
    append(md, "journey", root);
    root.getSubcommands().forEach((name, sub) -> append(md, "journey " + name, sub));
    return md.toString();
  }

  private static String summary(CommandLine command) {
    String[] header = command.getCommandSpec().usageMessage().header();
    String[] description = command.getCommandSpec().usageMessage().description();
    return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
  }

  private static void append(StringBuilder md, String title, CommandLine command) {
    md.append("\n## ").append(title).append("\n\n```\n")
        .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
  }

  /** Prints the reference, for a look without touching the file. */
  public static void main(String[] args) {
    System.out.print(markdown());
  }
}
