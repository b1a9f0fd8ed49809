package io.journeydsl.testkit.simulator;

import java.util.Objects;
import java.util.Optional;

/**
 * What the simulator decided about one action map at one step, and why: the verdict, a sentence
 * naming the deciding criterion, the documented rule it applied, and the assumption it made where
 * Genesys' documentation is silent.
 *
 * @param actionMap the action map's display name
 * @param verdict what happened
 * @param reason why, in words (e.g. which trigger failed, which map won and by which weight)
 * @param rule the rule applied; {@link Rule#page()} cites Genesys' documentation
 * @param assumption the simulator's own choice behind this decision, when the documentation is silent
 */
public record Decision(String actionMap, Verdict verdict, String reason, Rule rule, Optional<String> assumption) {

  /** Validates. */
  public Decision {
    Objects.requireNonNull(actionMap, "actionMap");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(assumption, "assumption");
  }

  @Override
  public String toString() {
    return actionMap + ": " + verdict + " (" + reason + "; rule " + rule.name()
        + assumption.map(a -> "; assumption: " + a).orElse("") + ")";
  }
}
