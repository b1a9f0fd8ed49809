package io.journeydsl.deploy.internal;

import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.Plan;
import io.journeydsl.validation.ValidationReport;
import java.util.List;

/** A plan with the steps and the org objects its apply and rehearsal need. */
final class DefaultPlan implements Plan {
  private final List<Step> steps;
  private final List<Change> changes;
  private final ValidationReport validation;
  private final OrgState org;

  DefaultPlan(List<Step> steps, ValidationReport validation, OrgState org) {
    this.steps = List.copyOf(steps);
    this.changes = this.steps.stream().map(Step::change).toList();
    this.validation = validation;
    this.org = org;
  }

  @Override
  public List<Change> changes() {
    return changes;
  }

  @Override
  public ValidationReport validation() {
    return validation;
  }

  @Override
  public String toText(boolean colour) {
    return PlanText.render(this, colour);
  }

  @Override
  public String toJson() {
    return PlanJson.render(this);
  }

  List<Step> steps() {
    return steps;
  }

  OrgState org() {
    return org;
  }

  @Override
  public String toString() {
    return toText(false);
  }
}
