package io.journeydsl.ids;

import io.journeydsl.internal.Args;

/**
 * The id of a schedule group, which a configuration points at but does not define.
 * A distinct type per kind of object, so one kind of id cannot be passed where another is expected.
 *
 * @param value the id as the API writes it
 */
public record ScheduleGroupId(String value) {
  /** Checks the id is not blank. */
  public ScheduleGroupId {
    Args.requireText(value, "schedule group id");
  }

  /** The id {@code value}. */
  public static ScheduleGroupId of(String value) {
    return new ScheduleGroupId(value);
  }

  /** The id as the API writes it. */
  @Override
  public String toString() {
    return value;
  }
}
