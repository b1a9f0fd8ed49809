package io.journeydsl.deploy.export.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.export.ExportNote;
import java.util.List;

/** Reads an org and assembles its configuration: the one entry point of the exporter's implementation. */
public final class OrgExport {
  private OrgExport() {}

  /** The org's configuration; what was left out or kept as an id is added to {@code notes}. */
  public static JourneyConfig read(JourneyClient client, List<ExportNote> notes) {
    return ConfigAssembler.assemble(OrgReader.read(client, notes), notes);
  }
}
