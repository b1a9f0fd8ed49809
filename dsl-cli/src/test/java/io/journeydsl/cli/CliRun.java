package io.journeydsl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code journey} command in this JVM, with what it printed.
 *
 * @param exit the exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CliRun(int exit, String out, String err) {

  /** Runs {@code journey} with these arguments. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = JourneyCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
