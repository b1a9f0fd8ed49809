package io.journeydsl.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything the validator found, sorted by path, then code: the same input always gives the same
 * report. Immutable.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> sorted) {
    this.violations = sorted;
  }

  /** A report of these violations, sorted; duplicates are kept once. */
  public static ValidationReport of(Collection<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      return EMPTY;
    }
    return new ValidationReport(violations.stream().map(v -> Objects.requireNonNull(v, "violation"))
        .distinct().sorted().toList());
  }

  /** The report with nothing in it. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** Every violation, sorted. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations of one severity, sorted. */
  public List<Violation> violations(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).toList();
  }

  /** The {@link Severity#ERROR}s. */
  public List<Violation> errors() {
    return violations(Severity.ERROR);
  }

  /** The {@link Severity#WARNING}s. */
  public List<Violation> warnings() {
    return violations(Severity.WARNING);
  }

  /** Whether any violation is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /** Whether there is no {@link Severity#ERROR} (warnings and infos allowed). */
  public boolean isValid() {
    return !hasErrors();
  }

  /** Whether nothing at all was found. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** The codes found, sorted and distinct (handy in tests). */
  public List<String> codes() {
    return violations.stream().map(Violation::code).distinct().sorted().toList();
  }

  /** This report with the violations of {@code other} added. */
  public ValidationReport and(ValidationReport other) {
    if (other.isEmpty()) {
      return this;
    }
    List<Violation> all = new ArrayList<>(violations);
    all.addAll(other.violations);
    return of(all);
  }

  /**
   * Returns this report when it has no error.
   *
   * @throws JourneyValidationException carrying this report when it has errors
   */
  public ValidationReport throwIfErrors() {
    if (hasErrors()) {
      throw new JourneyValidationException(this);
    }
    return this;
  }

  /** One line per violation ({@code path [code] SEVERITY message}), then the counts. */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return "no violations";
    }
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n", "", "\n"))
        + summary();
  }

  /** {@code 2 errors, 1 warning, 0 infos}. */
  public String summary() {
    return plural(violations(Severity.ERROR).size(), "error") + ", "
        + plural(violations(Severity.WARNING).size(), "warning") + ", "
        + plural(violations(Severity.INFO).size(), "info");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport r && r.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }
}
