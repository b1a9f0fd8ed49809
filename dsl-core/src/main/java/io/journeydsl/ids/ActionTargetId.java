package io.journeydsl.ids;

import io.journeydsl.internal.Args;

/**
 * The id of an action target (where webchat offers of an action map are routed), which a configuration points at but does not define.
 * A distinct type per kind of object, so one kind of id cannot be passed where another is expected.
 *
 * @param value the id as the API writes it
 */
public record ActionTargetId(String value) {
  /** Checks the id is not blank. */
  public ActionTargetId {
    Args.requireText(value, "action target id");
  }

  /** The id {@code value}. */
  public static ActionTargetId of(String value) {
    return new ActionTargetId(value);
  }

  /** The id as the API writes it. */
  @Override
  public String toString() {
    return value;
  }
}
