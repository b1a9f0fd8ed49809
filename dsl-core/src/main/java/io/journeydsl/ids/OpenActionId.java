package io.journeydsl.ids;

import io.journeydsl.internal.Args;

/**
 * The id of an open action type, which a configuration points at but does not define.
 * A distinct type per kind of object, so one kind of id cannot be passed where another is expected.
 *
 * @param value the id as the API writes it
 */
public record OpenActionId(String value) {
  /** Checks the id is not blank. */
  public OpenActionId {
    Args.requireText(value, "open action id");
  }

  /** The id {@code value}. */
  public static OpenActionId of(String value) {
    return new OpenActionId(value);
  }

  /** The id as the API writes it. */
  @Override
  public String toString() {
    return value;
  }
}
