package io.journeydsl.deploy.export;

/**
 * Something the export did not carry over as it stands in the org, and why: a soft-deleted template
 * left out, a reference kept as an id, a deprecated endpoint that is gone.
 *
 * @param path where, in bundle identity ({@code actionMaps[Offer the sale].triggerWithSegments[1]})
 * @param message what happened, in words
 */
public record ExportNote(String path, String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
