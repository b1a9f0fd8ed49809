package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.deploy.PlanException;
import io.journeydsl.deploy.Rehearsal;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.validation.JourneyValidationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** What {@code journey plan} and {@code journey apply} share: reading the bundle, reporting failures. */
final class DeployCommands {
  /** Exit status of plan and apply for any error, so that 2 only ever means "changes" to a script. */
  static final int ERROR = 1;

  private DeployCommands() {}

  /** The bundle file, or {@code null} after saying on {@code err} why it cannot be read. */
  static JourneyConfig read(Path bundle, PrintWriter err) {
    try {
      return JourneyConfig.read(bundle);
    } catch (UncheckedIOException | JourneyJsonException e) {
      err.println("journey: " + e.getMessage());
      return null;
    }
  }

  /**
   * Says why planning or applying failed, and returns {@link #ERROR}; a failure that is not one of
   * the expected kinds is thrown on.
   */
  static int failed(RuntimeException e, PrintWriter err) {
    if (e instanceof JourneyValidationException invalid) {
      err.println("journey: the bundle has errors; nothing was read from or sent to the org");
      err.print(invalid.report());
      err.println();
    } else if (e instanceof PlanException || e instanceof JourneyApiException || e instanceof IllegalArgumentException) {
      err.println("journey: " + e.getMessage());
    } else {
      throw e;
    }
    err.flush();
    return ERROR;
  }

  /** Prints a rehearsal's findings; returns whether it passed. */
  static boolean show(Rehearsal rehearsal, PrintWriter out) {
    for (String problem : rehearsal.seedProblems()) {
      out.println("rehearsal: could not copy " + problem);
    }
    for (Rehearsal.Refusal refusal : rehearsal.refusals()) {
      out.println("rehearsal: REFUSED " + (refusal.status() == 0 ? "" : "(" + refusal.status() + ") ") + refusal.message());
    }
    out.println(rehearsal.passed()
        ? "Rehearsal passed: the in-memory API accepted all " + rehearsal.requests() + " requests; the org was not touched."
        : "Rehearsal failed: " + rehearsal.refusals().size() + " of the plan's requests were refused; the org was not touched.");
    return rehearsal.passed();
  }
}
