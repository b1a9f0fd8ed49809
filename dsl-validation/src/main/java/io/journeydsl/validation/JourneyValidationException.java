package io.journeydsl.validation;

import java.util.Objects;

/**
 * Thrown by {@link ValidationReport#throwIfErrors()} and by the validate-before-send decorator: the
 * message is the compact table of the report ({@code path [code] SEVERITY message} per line).
 */
public final class JourneyValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** An exception carrying {@code report}. */
  public JourneyValidationException(ValidationReport report) {
    super(message(Objects.requireNonNull(report, "report")));
    this.report = report;
  }

  private static String message(ValidationReport report) {
    return "journey configuration is invalid (" + report.summary() + "):\n" + report;
  }

  /** The full report, warnings included. */
  public ValidationReport report() {
    return report;
  }
}
