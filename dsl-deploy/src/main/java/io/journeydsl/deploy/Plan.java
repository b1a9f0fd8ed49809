package io.journeydsl.deploy;

import io.journeydsl.validation.ValidationReport;
import java.util.List;

/**
 * What applying a configuration to an org would do, computed by {@link Deployer#plan}: one
 * {@link Change} per object the configuration names or pruning selects. Deletes come first, then
 * the other changes in the order they are applied (action templates, segments, outcomes, then action
 * maps). Immutable; apply it with {@link Deployer#apply(Plan)} or rehearse it with
 * {@link Deployer#rehearse(Plan, io.journeydsl.client.JourneyClient)}.
 */
public interface Plan {

  /** Every change, deletes first. */
  List<Change> changes();

  /** The validator's report on the configuration: warnings only (errors stop planning). */
  ValidationReport validation();

  /** Whether applying the plan sends any request (a create, update or delete). */
  default boolean hasChanges() {
    return changes().stream().anyMatch(Change::sendsRequest);
  }

  /** How many changes of this kind the plan has. */
  default long count(ChangeAction action) {
    return changes().stream().filter(c -> c.action() == action).count();
  }

  /** The changes that send a request, in the plan's order. */
  default List<Change> requests() {
    return changes().stream().filter(Change::sendsRequest).toList();
  }

  /**
   * The plan as text: a summary line, then one {@code + ~ - =} line per object and one indented line
   * per changed field of an update ({@code weight: 3 -> 2}).
   *
   * @param colour whether to colour the marks with ANSI escapes (for a terminal)
   */
  String toText(boolean colour);

  /** The plan as JSON in the stable schema {@code journey-plan/1} (see docs/deploy.md). */
  String toJson();
}
