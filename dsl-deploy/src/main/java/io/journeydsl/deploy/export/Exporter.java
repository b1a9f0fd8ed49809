package io.journeydsl.deploy.export;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.export.internal.OrgExport;
import io.journeydsl.validation.JourneyValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an org's journey configuration through any {@link JourneyClient}: every page of every
 * collection a bundle holds (segments, outcomes, action templates, action maps). Server-assigned
 * fields are dropped and ids of exported objects become {@code ${kind:name}} references, so the
 * result is a configuration to keep in code, not a snapshot; ids of objects outside the Journey API
 * (Architect flows, schedule groups) and ids that name no exported object stay as they are.
 *
 * <pre>{@code
 * ExportResult export = Exporter.over(client).export();
 * Files.writeString(bundle, export.bundleJson());
 * Files.writeString(source, export.javaSource("com.example.journey", "JourneyConfiguration"));
 * System.out.print(export.migrationReport());
 * }</pre>
 */
public final class Exporter {
  private final JourneyClient client;
  private final JourneyValidator validator;

  private Exporter(JourneyClient client, JourneyValidator validator) {
    this.client = client;
    this.validator = validator;
  }

  /** An exporter reading through {@code client} (never closed here), validating with the default validator. */
  public static Exporter over(JourneyClient client) {
    return new Exporter(Objects.requireNonNull(client, "client"), JourneyValidator.create());
  }

  /** This exporter, reporting with {@code validator} instead (e.g. one with severities changed). */
  public Exporter validator(JourneyValidator validator) {
    return new Exporter(client, Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Reads the org and builds the configuration and its report. Only reads: it never writes to the org.
   *
   * @throws io.journeydsl.error.JourneyApiException when a read fails (a deprecated collection
   *     whose endpoint is gone, 410, is exported as empty with a note instead)
   */
  public ExportResult export() {
    List<ExportNote> notes = new ArrayList<>();
    JourneyConfig config = OrgExport.read(client, notes);
    return new ExportResult(config, validator.validate(config), notes);
  }
}
