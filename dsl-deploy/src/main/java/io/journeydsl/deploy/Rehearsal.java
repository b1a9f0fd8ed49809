package io.journeydsl.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Deployer#rehearse} found: every request of the plan that the rehearsal API refused,
 * after it was seeded with a copy of the org's current objects. The rehearsal never stops at the
 * first refusal, so one run names every problem; the org is not touched.
 *
 * @param refusals the plan's requests the rehearsal API refused, in plan order
 * @param seedProblems org objects that could not be copied into the rehearsal API (for example an
 *     action map that refers to an object the listings do not show); changes to them are refused too
 * @param requests how many of the plan's requests were sent to the rehearsal API
 */
public record Rehearsal(List<Refusal> refusals, List<String> seedProblems, int requests) {

  /**
   * One refused request.
   *
   * @param change the plan's change
   * @param status the HTTP status of the refusal, or 0 when it was not sent (a reference could not be resolved)
   * @param message the API's message
   */
  public record Refusal(Change change, int status, String message) {
    /** Checks the parts. */
    public Refusal {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Copies the lists. */
  public Rehearsal {
    refusals = List.copyOf(refusals);
    seedProblems = List.copyOf(seedProblems);
  }

  /** Whether every request of the plan was accepted. */
  public boolean passed() {
    return refusals.isEmpty();
  }
}
