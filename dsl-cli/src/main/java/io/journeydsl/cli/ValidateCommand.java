package io.journeydsl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.Severity;
import io.journeydsl.validation.ValidationReport;
import io.journeydsl.validation.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey validate [--format text|json] FILE...}: validates bundle files. Exit 0 when no
 * file has an ERROR, 1 when any has, 2 on a usage error or an unreadable or malformed file (named
 * with its line and column on stderr).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate bundle files: field, cross-field and cross-object rules.",
        "Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable/malformed input."})
final class ValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text (one line per violation, then a count) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--ignore", paramLabel = "CODE",
      description = "Do not report this rule code (repeatable), e.g. --ignore segment.conditions.none.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--warnings-as-errors", description = "Report every warning as an error (exit 1 on warnings).")
  boolean warningsAsErrors;

  @Option(names = "--lenient-values",
      description = "Report enumerated values unknown to this version (field.enum.unknown) as warnings, "
          + "for values newer than the library.")
  boolean lenientValues;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Bundle files to validate.")
  List<Path> files;

  /** One violation found in one file. */
  private record Found(String file, Violation violation) {}

  @Override
  public Integer call() throws IOException {
    CliLogging.quietHibernateValidator();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JourneyValidator.Builder builder = JourneyValidator.builder().warningsAsErrors(warningsAsErrors);
    if (lenientValues) {
      builder.unknownValues(Severity.WARNING);
    }
    ignore.forEach(builder::ignore);
    JourneyValidator validator = builder.build();
    List<Found> found = new ArrayList<>();
    int unreadable = 0;
    for (Path file : files) {
      JourneyConfig config = read(file, err);
      if (config == null) {
        unreadable++;
        continue;
      }
      ValidationReport report = validator.validate(config);
      report.violations().forEach(v -> found.add(new Found(file.toString(), v)));
    }
    if (format == Format.json) {
      out.println(json(found));
    } else {
      for (Found f : found) {
        Violation v = f.violation();
        out.println(f.file() + ": " + (v.path().isEmpty() ? "(bundle)" : v.path()) + " [" + v.code() + "] "
            + v.severity() + " " + v.message());
      }
      int validated = files.size() - unreadable;
      out.println(count(found) + " in " + validated + (validated == 1 ? " file" : " files")
          + (unreadable > 0 ? ", " + unreadable + " unreadable" : ""));
    }
    out.flush();
    err.flush();
    return unreadable > 0 ? 2 : found.stream().anyMatch(f -> f.violation().severity() == Severity.ERROR) ? 1 : 0;
  }

  private static JourneyConfig read(Path file, PrintWriter err) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      err.println("journey validate: " + file + ": cannot read: " + e.getMessage());
      return null;
    }
    try {
      return JourneyConfig.fromJson(text);
    } catch (JourneyJsonException e) {
      String at = e.line() > 0 ? ":" + e.line() + ":" + e.column() : "";
      err.println("journey validate: " + file + at + ": " + e.getMessage());
      return null;
    }
  }

  private static String count(List<Found> found) {
    long errors = found.stream().filter(f -> f.violation().severity() == Severity.ERROR).count();
    long warnings = found.stream().filter(f -> f.violation().severity() == Severity.WARNING).count();
    long infos = found.stream().filter(f -> f.violation().severity() == Severity.INFO).count();
    return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String json(List<Found> found) {
    ObjectNode root = JourneyJson.mapper().createObjectNode();
    root.put("valid", found.stream().noneMatch(f -> f.violation().severity() == Severity.ERROR));
    ArrayNode violations = root.putArray("violations");
    for (Found f : found) {
      Violation v = f.violation();
      violations.addObject().put("file", f.file()).put("path", v.path()).put("code", v.code())
          .put("severity", v.severity().name()).put("message", v.message());
    }
    return JourneyJson.write(root);
  }
}
