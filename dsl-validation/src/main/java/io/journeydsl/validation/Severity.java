package io.journeydsl.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The API rejects it, or it breaks the documented contract: nothing should be sent. */
  ERROR,
  /** Accepted, but likely to surprise at runtime (never fires, deprecated, unknown value). */
  WARNING,
  /** Harmless, worth knowing (e.g. a read-only field the server ignores). */
  INFO
}
