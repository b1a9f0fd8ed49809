package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.OutcomeScore;
import io.journeydsl.testkit.simulator.Session;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;

/**
 * What an action map's qualification and a segment's explanation depend on at one step. The engine
 * evaluates over a live snapshot (its own mutable state, nothing copied); each step keeps a copy so
 * that explanations can be computed later, only when asked for.
 *
 * @param visitorContext the visit context
 * @param session the session
 * @param eventIndex the 0-based index of the event in the session
 * @param assigned segments assigned after the event
 * @param qualified maps that had qualified in the session before the event
 * @param conditions per event condition (flattened over maps): met by some event of the session so far
 * @param scores outcome name or id to its current score
 * @param maxQuantiles outcome name or id to the session's highest quantile so far
 * @param consumed customer segment assignments a map has already qualified from
 * @param customerSince per segment: when its customer-scope assignment began, or null
 */
record Snapshot(Map<String, String> visitorContext, Session session, int eventIndex, BitSet assigned, BitSet qualified,
    boolean[] conditions, Map<String, OutcomeScore> scores, Map<String, Double> maxQuantiles, Set<String> consumed,
    Instant[] customerSince) {

  VisitorEvent event() {
    return session.events().get(eventIndex);
  }

  Instant at() {
    return event().at();
  }

  /** A copy that later changes of the live state do not reach (maps and sets are replaced, never changed). */
  Snapshot copy(BitSet qualifiedBefore) {
    return new Snapshot(visitorContext, session, eventIndex, (BitSet) assigned.clone(), qualifiedBefore,
        conditions.clone(), scores, maxQuantiles, consumed, customerSince);
  }
}
