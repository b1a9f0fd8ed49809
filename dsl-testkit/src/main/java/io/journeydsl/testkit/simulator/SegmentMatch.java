package io.journeydsl.testkit.simulator;

import java.util.Objects;

/**
 * Whether a visitor matches a segment at one step, and why: the first criterion or pattern that fails,
 * or what made it match.
 *
 * @param segment the segment's display name
 * @param matched whether the segment is assigned to the visitor at that step
 * @param reason why, in words
 */
public record SegmentMatch(String segment, boolean matched, String reason) {

  /** Validates. */
  public SegmentMatch {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(reason, "reason");
  }
}
