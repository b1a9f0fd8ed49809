package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.ValidationReport;
import io.journeydsl.validation.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The validation part of {@code journey demo}: validates the demo configuration, then a deliberately
 * broken variant of it, and prints both reports.
 */
final class DemoValidation {
  private DemoValidation() {}

  /** Prints the report of {@code config} and of {@link #broken(JourneyConfig) its broken variant}. */
  static void show(JourneyConfig config, PrintWriter out) {
    JourneyValidator validator = JourneyValidator.create();
    print("the demo configuration", validator.validate(config), out);
    print("a deliberately broken variant", validator.validate(broken(config)), out);
    out.flush();
  }

  private static void print(String what, ValidationReport report, PrintWriter out) {
    out.println("Validation of " + what + ": " + report.summary());
    for (Violation v : report.violations()) {
      out.println("  " + v);
    }
  }

  /**
   * The configuration with three mistakes: the first segment's color is not {@code #RRGGBB}, the
   * first action map weighs 5 (1..3) and also triggers on a segment the bundle does not have.
   */
  static JourneyConfig broken(JourneyConfig config) {
    List<JourneySegment> segments = new ArrayList<>(config.segments());
    if (!segments.isEmpty()) {
      segments.set(0, JourneySegment.builder().from(segments.get(0)).color("sky blue").build());
    }
    List<ActionMap> maps = new ArrayList<>(config.actionMaps());
    if (!maps.isEmpty()) {
      maps.set(0, ActionMap.builder().from(maps.get(0)).weight(5).addTriggerWithSegment("${segment:Nobody}").build());
    }
    return JourneyConfig.builder().from(config).segments(segments).actionMaps(maps).build();
  }
}
