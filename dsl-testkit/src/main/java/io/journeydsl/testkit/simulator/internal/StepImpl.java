package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.testkit.simulator.Decision;
import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.OutcomeAchieved;
import io.journeydsl.testkit.simulator.Rule;
import io.journeydsl.testkit.simulator.SegmentMatch;
import io.journeydsl.testkit.simulator.Session;
import io.journeydsl.testkit.simulator.Step;
import io.journeydsl.testkit.simulator.Verdict;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One step: filled in by the engine while it runs, read-only once the simulation is returned. */
final class StepImpl implements Step {
  private final Compiled compiled;
  private final int number;
  private final Snapshot snapshot;
  final List<OutcomeAchieved> achieved = new ArrayList<>(0);
  final List<Decision> decisions = new ArrayList<>(0);
  final List<Offer> offers = new ArrayList<>(0);
  final List<String> assignedHere = new ArrayList<>(0);
  final List<String> qualifiedHere = new ArrayList<>(0);

  StepImpl(Compiled compiled, int number, Snapshot snapshot) {
    this.compiled = compiled;
    this.number = number;
    this.snapshot = snapshot;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public Session session() {
    return snapshot.session();
  }

  @Override
  public VisitorEvent event() {
    return snapshot.event();
  }

  @Override
  public List<String> segments() {
    List<String> names = new ArrayList<>();
    for (int i = snapshot.assigned().nextSetBit(0); i >= 0; i = snapshot.assigned().nextSetBit(i + 1)) {
      names.add(compiled.segments.get(i).name);
    }
    return Collections.unmodifiableList(names);
  }

  @Override
  public List<String> segmentsAssigned() {
    return Collections.unmodifiableList(assignedHere);
  }

  @Override
  public List<String> qualified() {
    return Collections.unmodifiableList(qualifiedHere);
  }

  @Override
  public SegmentMatch segment(String segment) {
    Integer index = compiled.segmentIndex(segment);
    if (index == null) {
      throw new IllegalArgumentException("no segment named '" + segment + "' in the configuration; segments: "
          + compiled.segments.stream().map(s -> s.name).toList());
    }
    return Explain.segment(compiled, compiled.segments.get(index), snapshot);
  }

  @Override
  public List<OutcomeAchieved> outcomesAchieved() {
    return Collections.unmodifiableList(achieved);
  }

  @Override
  public List<Decision> decisions() {
    return Collections.unmodifiableList(decisions);
  }

  @Override
  public Decision decision(String actionMap) {
    Integer index = compiled.mapIndex(actionMap);
    if (index == null) {
      throw new IllegalArgumentException("no action map named '" + actionMap + "' in the configuration; action maps: "
          + compiled.maps.stream().map(m -> m.name).toList());
    }
    // The last thing that happened to the map at this step is its decision (e.g. WAITING, then OFFERED).
    for (int i = decisions.size() - 1; i >= 0; i--) {
      if (decisions.get(i).actionMap().equals(actionMap)) {
        return decisions.get(i);
      }
    }
    MapRule map = compiled.maps.get(index);
    Check check = Qualifier.check(compiled, map, snapshot, true);
    if (check.ok()) {
      // The triggers hold but nothing was recorded here: it qualified before, in this session. Say so.
      return new Decision(actionMap, Verdict.ALREADY_QUALIFIED, "it qualified earlier in session " + snapshot.session().id(),
          Rule.ONCE_PER_SESSION, Optional.empty());
    }
    return new Decision(actionMap, check.verdict(), check.reason(), check.rule(), Optional.ofNullable(check.assumption()));
  }

  @Override
  public List<Offer> offers() {
    return Collections.unmodifiableList(offers);
  }

  @Override
  public String toString() {
    return "step " + number + " (" + event().eventName() + event().pageUrl().map(u -> " " + u).orElse("") + " at "
        + event().at() + "): segments " + segments() + ", offers " + offers.stream().map(Offer::actionMap).toList();
  }
}
