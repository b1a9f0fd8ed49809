package io.journeydsl.validation.xcheck;

import io.journeydsl.JourneyConfig;

/**
 * What a cross-check try starts from: the target and a valid bundle holding the object under test
 * (the only object of its kind, or the first action map) and, for action maps, what it refers to.
 *
 * @param target what is sent
 * @param bundle the valid objects
 */
record Subject(Target target, JourneyConfig bundle) {
  @Override
  public String toString() {
    return target + " " + bundle.toJson();
  }
}
