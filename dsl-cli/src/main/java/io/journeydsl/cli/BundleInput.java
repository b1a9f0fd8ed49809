package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.json.JourneyJsonException;
import java.nio.file.Path;

/** Reads a bundle file for a command that needs it whole, with one message naming the file and place when it cannot. */
final class BundleInput {
  /** The bundle cannot be used; the message starts with the file name (and line and column when known). */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  private BundleInput() {}

  static JourneyConfig read(Path bundle) throws Unusable {
    try {
      return JourneyConfig.fromJson(BundleText.read(bundle));
    } catch (BundleText.Unreadable e) {
      throw new Unusable(bundle + at(e.line, e.column) + ": " + e.getMessage());
    } catch (JourneyJsonException e) {
      throw new Unusable(bundle + at(e.line(), e.column()) + ": " + e.detail() + (e.path().isEmpty() ? "" : " at " + e.path()));
    }
  }

  private static String at(int line, int column) {
    return line > 0 ? ":" + line + ":" + column : "";
  }
}
