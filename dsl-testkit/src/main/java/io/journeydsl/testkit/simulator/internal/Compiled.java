package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.UrlCondition;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A configuration compiled once for many simulations: segments, outcomes and action maps with their
 * criteria compiled and their references (by name placeholder or by id) resolved to positions.
 */
final class Compiled {
  final JourneyConfig config;
  final List<SegmentRule> segments = new ArrayList<>();
  final List<OutcomeRule> outcomes = new ArrayList<>();
  final List<MapRule> maps = new ArrayList<>();
  final int segmentCounters;
  final int outcomeCounters;
  final int conditionCount;
  private final Map<String, Integer> segmentByName = new HashMap<>();
  private final Map<String, Integer> mapByName = new HashMap<>();

  Compiled(JourneyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    int offset = 0;
    for (JourneySegment s : config.segments()) {
      SegmentRule rule = new SegmentRule(segments.size(), s, offset);
      offset += rule.conditions.journey.length;
      segments.add(rule);
      segmentByName.putIfAbsent(rule.name, rule.index);
    }
    segmentCounters = offset;
    offset = 0;
    for (Outcome o : config.outcomes()) {
      OutcomeRule rule = new OutcomeRule(outcomes.size(), o, offset);
      offset += rule.conditions.journey.length;
      outcomes.add(rule);
    }
    outcomeCounters = offset;
    int conditions = 0;
    for (ActionMap m : config.actionMaps()) {
      MapRule rule = compile(maps.size(), m, conditions);
      conditions += rule.eventConditions.length;
      maps.add(rule);
      mapByName.putIfAbsent(rule.name, rule.index);
    }
    conditionCount = conditions;
  }

  Integer segmentIndex(String name) {
    return segmentByName.get(name);
  }

  Integer mapIndex(String name) {
    return mapByName.get(name);
  }

  private MapRule compile(int index, ActionMap m, int conditionOffset) {
    String name = m.displayName() == null ? "(action map " + (index + 1) + ")" : m.displayName();
    List<Integer> triggers = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String wire : m.triggerWithSegments() == null ? List.<String>of() : m.triggerWithSegments()) {
      Integer found = resolveSegment(wire);
      if (found == null) {
        unknown.add(wire);
      } else if (!triggers.contains(found)) {
        triggers.add(found);
      }
    }
    List<EventPattern> conditions = new ArrayList<>();
    for (EventCondition c : m.triggerWithEventConditions() == null ? List.<EventCondition>of() : m.triggerWithEventConditions()) {
      Criterion criterion = new Criterion(c.key(), c.operator() == null ? null : c.operator().value(), c.values(), false);
      conditions.add(new EventPattern(c.streamType() == null ? "" : c.streamType().value(),
          c.sessionType() == null ? "" : c.sessionType(), c.eventName(), List.of(criterion), 1));
    }
    List<OutcomeCondition> outcomeConditions = new ArrayList<>();
    for (OutcomeProbabilityCondition c : nonNull(m.triggerWithOutcomeProbabilityConditions())) {
      outcomeConditions.add(outcome(OutcomeCondition.Kind.PROBABILITY, c.outcomeId(), c.maximumProbability(), c.probability()));
    }
    for (OutcomeQuantileCondition c : nonNull(m.triggerWithOutcomeQuantileConditions())) {
      outcomeConditions.add(outcome(OutcomeCondition.Kind.QUANTILE, c.outcomeId(), c.maxQuantileThreshold(),
          c.fallbackQuantileThreshold()));
    }
    for (OutcomePercentileCondition c : nonNull(m.triggerWithOutcomePercentileConditions())) {
      outcomeConditions.add(outcome(OutcomeCondition.Kind.PERCENTILE, c.outcomeId(), c.maximumPercentile(),
          c.fallbackPercentile()));
    }
    List<Criterion> urls = new ArrayList<>();
    for (UrlCondition u : nonNull(m.pageUrlConditions())) {
      // URL expressions are not case-sensitive, as the page on URL conditions says.
      urls.add(new Criterion("page.url", u.operator() == null ? null : u.operator().value(), u.values(), true));
    }
    String type = m.activation() == null || m.activation().type() == null ? "immediate" : m.activation().type();
    MapRule.Activation activation = switch (type) {
      case "on-next-visit" -> MapRule.Activation.ON_NEXT_VISIT;
      case "on-next-session" -> MapRule.Activation.ON_NEXT_SESSION;
      case "delay" -> MapRule.Activation.DELAY;
      default -> MapRule.Activation.IMMEDIATE;
    };
    long delay = m.activation() != null && m.activation().delayInSeconds() != null ? Math.max(0, m.activation().delayInSeconds()) : 0;
    String template = null;
    if (m.action() != null && m.action().actionTemplate() != null && m.action().actionTemplate().id() != null) {
      template = resolveTemplate(m.action().actionTemplate().id());
    }
    String group = null;
    String emergency = null;
    if (m.actionMapScheduleGroups() != null) {
      group = m.actionMapScheduleGroups().actionMapScheduleGroup() == null ? null
          : m.actionMapScheduleGroups().actionMapScheduleGroup().id();
      emergency = m.actionMapScheduleGroups().emergencyActionMapScheduleGroup() == null ? null
          : m.actionMapScheduleGroups().emergencyActionMapScheduleGroup().id();
    }
    return new MapRule(index, name, m.id(), !Boolean.FALSE.equals(m.isActive()), m.startDate(), m.endDate(),
        triggers.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(unknown),
        conditions.toArray(EventPattern[]::new), conditionOffset, List.copyOf(outcomeConditions),
        urls.toArray(Criterion[]::new), activation, type, delay, m.weight(),
        m.action() == null ? null : m.action().mediaType(), template, group, emergency,
        Boolean.TRUE.equals(m.ignoreFrequencyCap()));
  }

  private Integer resolveSegment(String wire) {
    Ref<?> ref = Ref.parse(Ref.Kind.SEGMENT, wire).orElse(null);
    if (ref == null) {
      return null;
    }
    if (ref.name().isPresent()) {
      return segmentByName.get(ref.name().get());
    }
    for (SegmentRule s : segments) {
      if (wire.equals(s.id)) {
        return s.index;
      }
    }
    return null;
  }

  private OutcomeCondition outcome(OutcomeCondition.Kind kind, String wire, Float bound, Float second) {
    String name = wire == null ? "(no outcome)" : wire;
    String id = null;
    Ref<?> ref = wire == null ? null : Ref.parse(Ref.Kind.OUTCOME, wire).orElse(null);
    if (ref != null && ref.name().isPresent()) {
      name = ref.name().get();
    } else if (wire != null) {
      id = wire;
      for (OutcomeRule o : outcomes) {
        if (wire.equals(o.id)) {
          name = o.name;
        }
      }
    }
    return new OutcomeCondition(kind, name, id, bound, second);
  }

  private String resolveTemplate(String wire) {
    Ref<?> ref = Ref.parse(Ref.Kind.ACTION_TEMPLATE, wire).orElse(null);
    if (ref != null && ref.name().isPresent()) {
      return ref.name().get();
    }
    for (ActionTemplate t : config.actionTemplates()) {
      if (wire.equals(t.id())) {
        return t.name();
      }
    }
    return wire;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
