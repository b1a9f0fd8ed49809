package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.VisitorTimeline;
import java.util.List;

/** The timelines of one simulation. */
record DefaultSimulation(JourneyConfig config, List<VisitorTimeline> timelines) implements Simulation {

  DefaultSimulation {
    timelines = List.copyOf(timelines);
  }

  @Override
  public VisitorTimeline visitor(String visitorId) {
    return timelines.stream().filter(t -> t.visitor().id().equals(visitorId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no visitor '" + visitorId + "' in the simulation; visitors: "
            + timelines.stream().map(t -> t.visitor().id()).toList()));
  }

  @Override
  public List<Offer> offers() {
    return timelines.stream().flatMap(t -> t.offers().stream()).toList();
  }
}
