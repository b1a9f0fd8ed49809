package io.journeydsl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * One layout for the help of every command, set in one place so that a new command cannot drift:
 * usage, description, parameters, options, subcommands, exit codes, then examples, each section
 * under its own heading and separated by a blank line.
 */
final class HelpLayout {
  /** The help width: fixed, so the help (and the CLI reference made from it) is the same on every terminal. */
  static final int WIDTH = 100;

  private HelpLayout() {}

  /** Applies the layout to {@code command} and all its subcommands. */
  static void apply(CommandLine command) {
    command.setUsageHelpWidth(WIDTH);
    UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    // A header (the one-line summary of the parent's command list) stands apart above the usage line.
    usage.synopsisHeading(usage.header().length == 0 ? "Usage: " : "%nUsage: ")
        .descriptionHeading("%n")
        .parameterListHeading("%nParameters:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n")
        .exitCodeListHeading(usage.exitCodeList().isEmpty() ? "" : "%nExit codes:%n")
        .footerHeading(usage.footer().length == 0 ? "" : "%nExamples:%n");
    command.getSubcommands().values().forEach(HelpLayout::apply);
  }
}
