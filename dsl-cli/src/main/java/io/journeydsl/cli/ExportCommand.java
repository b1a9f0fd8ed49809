package io.journeydsl.cli;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.export.ExportResult;
import io.journeydsl.deploy.export.Exporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code journey export [--format json|java] [--package P] [--class C] [--output FILE]}: reads the
 * org into a bundle, or into Java DSL source that builds the same bundle, with ids replaced by
 * references by name. The migration report (deprecated constructs, validator warnings, notes on ids
 * kept as ids) goes to stderr, so stdout stays the export.
 */
@Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = DeployCommands.ERROR,
    header = "Read the org's configuration into a bundle or Java DSL source.",
    description = {"Read the org's Journey configuration into a bundle (json) or compilable Java DSL source (java),",
        "ids replaced by references by name. Deprecated constructs and validator warnings are listed on",
        "stderr as a migration report, so stdout stays the export. Never writes to the org."},
    exitCodeList = {"0:Exported.", "1:Any error, usage errors included."},
    footer = {"  journey export --region eu-west-1 > bundle.json",
        "  journey export --region eu-west-1 --format java --package com.example --output Journey.java"})
final class ExportCommand implements Callable<Integer> {
  /** A Java class name when neither --class nor --output names one. */
  static final String DEFAULT_CLASS = "JourneyConfiguration";

  /** The two output formats. */
  enum Format { json, java }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @ArgGroup(validate = false, heading = ConnectionOptions.HEADING)
  ConnectionOptions connection = new ConnectionOptions();

  @Option(names = "--format", paramLabel = "json|java", defaultValue = "json", description = "json (a bundle) or java (DSL source). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--package", paramLabel = "P", defaultValue = "", description = "The Java package of the generated class (java only).")
  String packageName;

  @Option(names = "--class", paramLabel = "C", description = "The Java class name (java only). Default: the --output file's name, else "
      + DEFAULT_CLASS + ".")
  String className;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (JourneyClient client = connection.connect()) {
      ExportResult result = Exporter.over(client).export();
      String text = format == Format.json ? result.bundleJson() : result.javaSource(packageName, javaClassName());
      if (output == null) {
        out.print(text.endsWith("\n") ? text : text + System.lineSeparator());
        out.flush();
      } else {
        Files.writeString(output, text, StandardCharsets.UTF_8);
        err.println("journey: exported to " + output);
      }
      err.print(result.migrationReport());
      err.flush();
      return 0;
    } catch (ConnectionOptions.Invalid | IllegalArgumentException e) {
      err.println("journey: " + e.getMessage());
      return DeployCommands.ERROR;
    } catch (IOException e) {
      err.println("journey: cannot write " + output + ": " + e.getMessage());
      return DeployCommands.ERROR;
    } catch (RuntimeException e) {
      return DeployCommands.failed(e, err);
    }
  }

  /** --class, else the output file's name without .java, else the default. */
  private String javaClassName() {
    if (className != null) {
      return className;
    }
    if (output != null && output.getFileName().toString().endsWith(".java")) {
      String file = output.getFileName().toString();
      return file.substring(0, file.length() - ".java".length());
    }
    return DEFAULT_CLASS;
  }
}
