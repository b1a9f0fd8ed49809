package io.journeydsl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.Severity;
import io.journeydsl.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey validate [--format text|json] FILE...}: validates bundle files. Exit 0 when every
 * file was read and none has an ERROR, 1 when any has (a file that is JSON of the wrong shape, such
 * as a string where an integer belongs, is an ERROR at its path, line and column), 2 on a usage
 * error or when any file cannot be read at all: missing, a directory, not readable, not UTF-8, not
 * JSON (named with its line and column on stderr). The JSON report gives every file its own verdict;
 * its top-level {@code valid} is true only when every file was read and has no ERROR.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, exitCodeOnExecutionException = 2,
    header = "Validate bundle files.",
    description = {"Validate bundle files: field, cross-field and cross-object rules (docs/validation-rules.md).",
        "Needs no org and no credentials."},
    exitCodeList = {"0:No errors.", "1:Errors found (including JSON of the wrong shape).",
        "2:Usage error, unreadable input (missing, not UTF-8, not JSON) or an unexpected failure."},
    footer = {"  journey validate journey/*.json",
        "  journey validate --format json --ignore segment.conditions.none bundle.json"})
final class ValidateCommand implements Callable<Integer>, ValidatesBundles {
  /** Output formats. */
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text (one line per violation, then a count) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--ignore", paramLabel = "CODE",
      description = "Do not report this rule code (see docs/validation-rules.md). Repeatable.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--warnings-as-errors", description = "Report every warning as an error (exit 1 on warnings).")
  boolean warningsAsErrors;

  @Option(names = "--lenient-values",
      description = "Report enumerated values unknown to this version (field.enum.unknown) as warnings, "
          + "for values newer than the library.")
  boolean lenientValues;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Bundle files to validate.")
  List<Path> files;

  /** One violation, with its place in the file when it is about the file's text (-1 when unknown). */
  record Finding(Violation violation, int line, int column) {
    boolean isError() {
      return violation.severity() == Severity.ERROR;
    }
  }

  /** Why a file could not be read at all; line and column -1 when unknown. */
  record InputError(String code, String message, int line, int column) {}

  /** The verdict on one file: its findings, or the error that kept it from being read. */
  record FileResult(String file, List<Finding> findings, InputError error) {
    boolean readable() {
      return error == null;
    }

    boolean valid() {
      return readable() && findings.stream().noneMatch(Finding::isError);
    }

    long count(Severity severity) {
      return findings.stream().filter(f -> f.violation().severity() == severity).count();
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JourneyValidator.Builder builder = JourneyValidator.builder().warningsAsErrors(warningsAsErrors);
    if (lenientValues) {
      builder.unknownValues(Severity.WARNING);
    }
    ignore.forEach(builder::ignore);
    JourneyValidator validator = builder.build();
    List<FileResult> results = new ArrayList<>();
    for (Path file : files) {
      FileResult result = validate(file, validator);
      results.add(result);
      if (!result.readable()) {
        InputError e = result.error();
        err.println("journey validate: " + file + at(e.line(), e.column()) + ": " + e.message());
      }
    }
    out.println(format == Format.json ? json(results) : text(results));
    out.flush();
    err.flush();
    return results.stream().anyMatch(r -> !r.readable()) ? 2 : results.stream().allMatch(FileResult::valid) ? 0 : 1;
  }

  /** Reads and validates one file; never throws for anything the file holds. */
  private static FileResult validate(Path file, JourneyValidator validator) {
    String name = file.toString();
    String text;
    try {
      text = BundleText.read(file);
    } catch (BundleText.Unreadable e) {
      return new FileResult(name, List.of(), new InputError(e.code, e.getMessage(), e.line, e.column));
    }
    JourneyConfig config;
    try {
      config = JourneyConfig.fromJson(text);
    } catch (JourneyJsonException e) {
      if (e.isMalformed()) {
        return new FileResult(name, List.of(), new InputError(e.code(), e.detail(), e.line(), e.column()));
      }
      // JSON of the wrong shape: an ERROR at its path like any other rule, with the place in the text.
      Violation v = new Violation(e.path(), e.code(), e.detail(), Severity.ERROR, null);
      return new FileResult(name, List.of(new Finding(v, e.line(), e.column())), null);
    }
    List<Finding> findings = validator.validate(config).violations().stream().map(v -> new Finding(v, -1, -1)).toList();
    return new FileResult(name, findings, null);
  }

  private static String at(int line, int column) {
    return line > 0 ? ":" + line + ":" + column : "";
  }

  /** One line per violation, {@code FILE[:LINE:COLUMN]: PATH [code] SEVERITY message}, then the counts. */
  private static String text(List<FileResult> results) {
    StringBuilder out = new StringBuilder();
    for (FileResult r : results) {
      for (Finding f : r.findings()) {
        Violation v = f.violation();
        out.append(r.file()).append(at(f.line(), f.column())).append(": ")
            .append(v.path().isEmpty() ? "(bundle)" : v.path()).append(" [").append(v.code()).append("] ")
            .append(v.severity()).append(' ').append(v.message()).append(System.lineSeparator());
      }
    }
    List<String> unreadable = results.stream().filter(r -> !r.readable()).map(FileResult::file).toList();
    int validated = results.size() - unreadable.size();
    out.append(plural(sum(results, Severity.ERROR), "error")).append(", ")
        .append(plural(sum(results, Severity.WARNING), "warning")).append(", ")
        .append(plural(sum(results, Severity.INFO), "info"))
        .append(" in ").append(validated).append(validated == 1 ? " file" : " files");
    if (!unreadable.isEmpty()) {
      out.append(", ").append(unreadable.size()).append(" unreadable: ").append(String.join(", ", unreadable));
    }
    return out.toString();
  }

  private static long sum(List<FileResult> results, Severity severity) {
    return results.stream().mapToLong(r -> r.count(severity)).sum();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The report documented in docs/validation-rules.md ("The JSON report of journey validate"). */
  private static String json(List<FileResult> results) {
    ObjectNode root = JourneyJson.mapper().createObjectNode();
    root.put("valid", results.stream().allMatch(FileResult::valid));
    ArrayNode files = root.putArray("files");
    for (FileResult r : results) {
      ObjectNode file = files.addObject().put("file", r.file()).put("valid", r.valid()).put("readable", r.readable());
      ArrayNode violations = file.putArray("violations");
      r.findings().forEach(f -> violation(violations.addObject(), f));
      if (!r.readable()) {
        ObjectNode error = file.putObject("error").put("code", r.error().code()).put("message", r.error().message());
        position(error, r.error().line(), r.error().column());
      }
    }
    root.putObject("summary")
        .put("files", results.size())
        .put("valid", results.stream().filter(FileResult::valid).count())
        .put("invalid", results.stream().filter(r -> r.readable() && !r.valid()).count())
        .put("unreadable", results.stream().filter(r -> !r.readable()).count())
        .put("errors", sum(results, Severity.ERROR))
        .put("warnings", sum(results, Severity.WARNING))
        .put("infos", sum(results, Severity.INFO));
    // Every violation of every file in one list, each naming its file: the report's earlier shape.
    ArrayNode all = root.putArray("violations");
    for (FileResult r : results) {
      r.findings().forEach(f -> violation(all.addObject().put("file", r.file()), f));
    }
    return JourneyJson.write(root);
  }

  private static void violation(ObjectNode node, Finding f) {
    Violation v = f.violation();
    node.put("path", v.path()).put("code", v.code()).put("severity", v.severity().name()).put("message", v.message());
    position(node, f.line(), f.column());
  }

  private static void position(ObjectNode node, int line, int column) {
    if (line > 0) {
      node.put("line", line).put("column", column);
    }
  }
}
