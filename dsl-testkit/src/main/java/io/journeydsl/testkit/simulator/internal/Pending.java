package io.journeydsl.testkit.simulator.internal;

import java.time.Instant;

/**
 * A qualified action map whose action is not shown yet: due at {@code due} on {@code page} (a delay
 * while the visitor stays), or waiting for a page (its URL conditions, or the page it was delayed on
 * when the visitor left it), or waiting for the next session.
 */
final class Pending {
  final MapRule map;
  final int qualifiedStep;
  final String qualifyingReason;
  final String triggerAssumption;
  Instant due;
  String page;
  boolean left;
  String requiredPage;
  int reportedStep = -1;

  Pending(MapRule map, int qualifiedStep, String qualifyingReason, String triggerAssumption) {
    this.map = map;
    this.qualifiedStep = qualifiedStep;
    this.qualifyingReason = qualifyingReason;
    this.triggerAssumption = triggerAssumption;
  }
}
