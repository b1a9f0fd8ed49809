package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.OutcomeAchieved;
import io.journeydsl.testkit.simulator.Step;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorTimeline;
import java.util.List;

/** A visitor's steps, offers and outcomes. */
record DefaultTimeline(Visitor visitor, List<Step> steps, List<Offer> offers, List<OutcomeAchieved> outcomesAchieved)
    implements VisitorTimeline {

  DefaultTimeline {
    steps = List.copyOf(steps);
    offers = List.copyOf(offers);
    outcomesAchieved = List.copyOf(outcomesAchieved);
  }

  @Override
  public Step afterEvent(int n) {
    if (n < 1 || n > steps.size()) {
      throw new IllegalArgumentException("visitor '" + visitor.id() + "' has " + steps.size() + " events; no event " + n);
    }
    return steps.get(n - 1);
  }

  @Override
  public String toString() {
    return "visitor " + visitor.id() + ": " + steps.size() + " events, offers "
        + offers.stream().map(Offer::actionMap).toList();
  }
}
