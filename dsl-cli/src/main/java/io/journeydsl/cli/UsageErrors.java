package io.journeydsl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * What the user sees after a usage error: {@code journey <command>: <what is wrong>}, picocli's
 * "did you mean" suggestions for a mistyped command or option, and where the help is, instead of
 * the whole help text burying the one line that matters. The exit status is the command's
 * {@code exitCodeOnInvalidInput} (2, or 1 for the commands whose 2 means something else).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}
