package io.journeydsl.deploy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Deployer#apply(Plan)} did. On the first failure the deployer stops starting new
 * requests, lets the ones already sent finish, and reports what was done and what was not; running
 * the same configuration again completes the work without duplicates.
 *
 * @param done the changes carried out, in the order they finished
 * @param notDone the changes not carried out (the failed one first, when there is one)
 * @param failure why the apply stopped, or {@code null} when every change was carried out
 */
public record ApplyResult(List<Change> done, List<Change> notDone, Failure failure) {

  /**
   * The change that failed and why.
   *
   * @param change the change whose request failed
   * @param status the HTTP status the API answered, or 0 when there was no answer
   * @param message what went wrong, with the API's message when it gave one
   */
  public record Failure(Change change, int status, String message) {
    /** Checks the parts. */
    public Failure {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Copies the lists. */
  public ApplyResult {
    done = List.copyOf(done);
    notDone = List.copyOf(notDone);
  }

  /** Whether every change was carried out. */
  public boolean succeeded() {
    return failure == null;
  }

  /** Why the apply stopped, if it did. */
  public Optional<Failure> failed() {
    return Optional.ofNullable(failure);
  }
}
