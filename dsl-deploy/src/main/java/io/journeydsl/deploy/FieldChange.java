package io.journeydsl.deploy;

import java.util.Objects;
import java.util.Optional;

/**
 * One top-level wire field an update changes, with its value in the org and in the configuration as
 * compact JSON text; an absent side is empty (the field is set, or cleared).
 *
 * @param field the wire name, e.g. {@code weight}
 * @param before the org's value as JSON text, or {@code null} when the org object lacks the field
 * @param after the configuration's value as JSON text, or {@code null} when the update clears it
 */
public record FieldChange(String field, String before, String after) {
  /** Checks the field name. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
  }

  /** The org's value as JSON text, if the org object has the field. */
  public Optional<String> beforeJson() {
    return Optional.ofNullable(before);
  }

  /** The configuration's value as JSON text, if the update does not clear the field. */
  public Optional<String> afterJson() {
    return Optional.ofNullable(after);
  }
}
