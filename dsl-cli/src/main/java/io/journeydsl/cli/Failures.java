package io.journeydsl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;

/**
 * What the user sees when a command fails in a way it did not foresee: one line,
 * {@code journey: <message>}, and a hint to run again with {@code --verbose}, which prints the stack
 * trace instead. The exit status is the failing command's {@code exitCodeOnExecutionException}
 * (1 unless the command documents another), so a script reads a crash as the command's own failure.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  private final BooleanSupplier verbose;

  Failures(BooleanSupplier verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (verbose.getAsBoolean()) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    } else {
      err.println("journey: " + message(failure));
      err.println("journey: run with --verbose for details");
    }
    err.flush();
    return command.getCommandSpec().exitCodeOnExecutionException();
  }

  /** The innermost message worth showing, on one line, without the exception class names it may embed. */
  static String message(Throwable failure) {
    Throwable shown = failure;
    while (shown.getMessage() == null && shown.getCause() != null) {
      shown = shown.getCause();
    }
    return ServeCommand.oneLine(shown);
  }
}
