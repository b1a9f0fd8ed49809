package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.Rule;
import io.journeydsl.testkit.simulator.Verdict;

/**
 * The result of checking whether an action map qualifies: on the fast path only {@link #ok}, with the
 * verdict, rule, reason and assumption filled in when an explanation is asked for.
 */
record Check(boolean ok, Verdict verdict, Rule rule, String reason, String assumption) {
  static final Check PASS = new Check(true, null, null, null, null);
  static final Check FAIL = new Check(false, Verdict.NOT_QUALIFIED, Rule.TRIGGERS, "", null);
}
