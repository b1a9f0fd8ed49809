package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.outcome.Outcome;

/** A compiled outcome. */
final class OutcomeRule {
  final int index;
  final String name;
  final String id;
  final boolean active;
  final String valueField;
  final Conditions conditions;
  final int counterOffset;

  OutcomeRule(int index, Outcome outcome, int counterOffset) {
    this.index = index;
    this.name = outcome.displayName() == null ? "(outcome " + (index + 1) + ")" : outcome.displayName();
    this.id = outcome.id();
    this.active = !Boolean.FALSE.equals(outcome.isActive());
    this.valueField = outcome.associatedValueField() == null ? null : outcome.associatedValueField().name();
    this.conditions = Conditions.of(outcome.context(), outcome.journey());
    this.counterOffset = counterOffset;
  }
}
