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

  /** Runs {@code journey COMMAND --base-url URL --token TOKEN MORE...}: a command that talks to an org. */
  static CliRun against(java.net.URI baseUrl, String token, String command, String... more) {
    String[] args = new String[more.length + 5];
    args[0] = command;
    args[1] = "--base-url";
    args[2] = baseUrl.toString();
    args[3] = "--token";
    args[4] = token;
    System.arraycopy(more, 0, args, 5, more.length);
    return of(args);
  }
}
