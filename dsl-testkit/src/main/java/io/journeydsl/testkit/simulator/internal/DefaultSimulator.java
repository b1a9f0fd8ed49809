package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.simulator.FrequencyCap;
import io.journeydsl.testkit.simulator.JourneySimulator;
import io.journeydsl.testkit.simulator.Responder;
import io.journeydsl.testkit.simulator.Schedule;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorTimeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Compiles the configuration once; each simulation runs every visitor on its own. */
public final class DefaultSimulator implements JourneySimulator {
  private final Compiled compiled;
  private final Settings settings;

  /**
   * Use {@link JourneySimulator#builder(JourneyConfig)}.
   *
   * @param config the configuration
   * @param cap the organization's frequency cap
   * @param schedule the schedule, or null for none given
   * @param responder how visitors answer offers
   */
  public DefaultSimulator(JourneyConfig config, FrequencyCap cap, Schedule schedule, Responder responder) {
    this.compiled = new Compiled(config);
    this.settings = new Settings(cap, schedule, responder);
  }

  @Override
  public Simulation simulate(List<Visitor> visitors) {
    List<VisitorTimeline> timelines = new ArrayList<>(visitors.size());
    Set<String> ids = new HashSet<>();
    for (Visitor visitor : visitors) {
      if (!ids.add(visitor.id())) {
        throw new IllegalArgumentException("two visitors have the id '" + visitor.id() + "'");
      }
      VisitorRun run = new VisitorRun(compiled, settings, visitor);
      run.run();
      timelines.add(new DefaultTimeline(visitor, List.<io.journeydsl.testkit.simulator.Step>copyOf(run.steps), run.offers, run.achieved));
    }
    return new DefaultSimulation(compiled.config, timelines);
  }
}
