package io.journeydsl.deploy.export;

import io.journeydsl.JourneyConfig;
import io.journeydsl.validation.Severity;
import io.journeydsl.validation.ValidationReport;
import io.journeydsl.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * What an export found: the configuration (with references by name), its bundle JSON, its Java DSL
 * source on demand, and a migration report: the validator's findings on the configuration (the
 * deprecated constructs among them) and the export's own notes.
 */
public final class ExportResult {
  private final JourneyConfig config;
  private final ValidationReport report;
  private final List<ExportNote> notes;

  ExportResult(JourneyConfig config, ValidationReport report, List<ExportNote> notes) {
    this.config = Objects.requireNonNull(config, "config");
    this.report = Objects.requireNonNull(report, "report");
    this.notes = List.copyOf(notes);
  }

  /** The exported configuration: no server-assigned fields, references as {@code ${kind:name}} where possible. */
  public JourneyConfig config() {
    return config;
  }

  /** The bundle file JSON of {@link #config()}, indented, as {@link JourneyConfig#toJson()} writes it. */
  public String bundleJson() {
    return config.toJson();
  }

  /**
   * Java DSL source of a class {@code className} in package {@code packageName} (empty for none)
   * whose {@code public static JourneyConfig config()} returns this configuration, with the same
   * bundle JSON. Generated on each call; the same configuration always gives the same text.
   *
   * @throws IllegalArgumentException if a name is not a valid Java package or class name
   */
  public String javaSource(String packageName, String className) {
    return JavaSource.of(config, packageName, className);
  }

  /** Everything the validator reports on the exported configuration. */
  public ValidationReport report() {
    return report;
  }

  /** The validator's warnings, deprecations included. */
  public List<Violation> warnings() {
    return report.violations(Severity.WARNING);
  }

  /**
   * The deprecated constructs in use (rule codes {@code deprecated.*}: outcome and percentile
   * conditions, webchat actions, segment scope, external segments, pacing, ...), whatever their
   * severity: what to migrate before Genesys removes them.
   */
  public List<Violation> deprecations() {
    return report.violations().stream().filter(v -> v.code().startsWith("deprecated.")).toList();
  }

  /** What the export left out or kept as an id, and why. */
  public List<ExportNote> notes() {
    return notes;
  }

  /**
   * The migration report as text: counts, then the deprecations, the other findings of the
   * validator, and the export's notes, one per line.
   */
  public String migrationReport() {
    StringBuilder out = new StringBuilder();
    out.append("Exported ").append(config.segments().size()).append(" segments, ")
        .append(config.outcomes().size()).append(" outcomes, ")
        .append(config.actionTemplates().size()).append(" action templates, ")
        .append(config.actionMaps().size()).append(" action maps.\n");
    List<Violation> deprecations = deprecations();
    section(out, "Deprecated constructs to migrate", deprecations);
    section(out, "Other findings of the validator",
        report.violations().stream().filter(v -> !deprecations.contains(v)).toList());
    if (!notes.isEmpty()) {
      out.append("Export notes (").append(notes.size()).append("):\n");
      notes.forEach(n -> out.append("  ").append(n).append('\n'));
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Violation> violations) {
    if (violations.isEmpty()) {
      return;
    }
    out.append(title).append(" (").append(violations.size()).append("):\n");
    for (Violation v : violations) {
      out.append("  ").append(v.severity()).append(' ').append(v.code()).append(" at ")
          .append(v.path().isEmpty() ? "(bundle)" : v.path()).append(": ").append(v.message()).append('\n');
    }
  }

  @Override
  public String toString() {
    return migrationReport();
  }
}
