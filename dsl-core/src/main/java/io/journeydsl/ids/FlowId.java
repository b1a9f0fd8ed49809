package io.journeydsl.ids;

import io.journeydsl.internal.Args;

/**
 * The id of an Architect flow, which a configuration points at but does not define.
 * A distinct type per kind of object, so one kind of id cannot be passed where another is expected.
 *
 * @param value the id as the API writes it
 */
public record FlowId(String value) {
  /** Checks the id is not blank. */
  public FlowId {
    Args.requireText(value, "flow id");
  }

  /** The id {@code value}. */
  public static FlowId of(String value) {
    return new FlowId(value);
  }

  /** The id as the API writes it. */
  @Override
  public String toString() {
    return value;
  }
}
