package io.journeydsl.deploy;

import java.util.Objects;

/**
 * One step of an apply or a rehearsal, as a {@link DeployListener} sees it.
 *
 * @param type what happened
 * @param change the change concerned
 * @param finished how many of the plan's requests have finished (succeeded or failed) so far
 * @param total how many requests the plan sends
 * @param detail a short human note (the retry reason, the error), empty when there is none
 */
public record DeployEvent(Type type, Change change, int finished, int total, String detail) {

  /** The kinds of step. */
  public enum Type {
    /** A change's first request is about to be sent. */
    STARTED,
    /** A request is repeated: a version conflict, a 404 right after a create, an unknown outcome. */
    RETRYING,
    /** The change was carried out. */
    SUCCEEDED,
    /** The change failed; an apply stops starting new changes. */
    FAILED
  }

  /** Checks the parts. */
  public DeployEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(change, "change");
    detail = detail == null ? "" : detail;
  }
}
