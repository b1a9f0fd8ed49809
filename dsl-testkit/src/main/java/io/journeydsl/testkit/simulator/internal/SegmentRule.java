package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.SegmentScope;

/** A compiled segment. */
final class SegmentRule {
  final int index;
  final String name;
  final String id;
  final boolean active;
  final boolean customerScope;
  final Integer expirationDays;
  final Conditions conditions;
  /** Where this segment's journey pattern counters start in a session's counter array. */
  final int counterOffset;

  SegmentRule(int index, JourneySegment segment, int counterOffset) {
    this.index = index;
    this.name = segment.displayName() == null ? "(segment " + (index + 1) + ")" : segment.displayName();
    this.id = segment.id();
    // Absent isActive is taken as active, as Terraform's default (is_active = true).
    this.active = !Boolean.FALSE.equals(segment.isActive());
    this.customerScope = SegmentScope.CUSTOMER.equals(segment.scope());
    this.expirationDays = segment.assignmentExpirationDays();
    this.conditions = Conditions.of(segment.context(), segment.journey());
    this.counterOffset = counterOffset;
  }
}
