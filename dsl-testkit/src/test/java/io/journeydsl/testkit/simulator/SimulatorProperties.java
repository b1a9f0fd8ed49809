package io.journeydsl.testkit.simulator;

import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.web;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import io.journeydsl.testkit.jqwik.VisitorArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SimulatorProperties {

  @Property(tries = 200)
  void aSegmentBuiltFromTheVisitorsOwnPageViewsMatchesIt(@ForAll("visitors") Visitor visitor) {
    Session first = visitor.sessions().get(0);
    List<VisitorEvent> pages = first.events().stream().filter(e -> e.pageUrl().isPresent()).toList();
    if (pages.isEmpty() || !first.stream().equals(io.journeydsl.pattern.EventStream.WEB)) {
      return;
    }
    String url = pages.get(pages.size() - 1).pageUrl().orElseThrow();
    int views = (int) pages.stream().filter(e -> e.pageUrl().orElseThrow().equals(url)).count();
    JourneySegment own = segment("Own pages").journey(pattern(web(), views, JourneyKeys.PAGE_URL.equal(url))).build();

    VisitorTimeline timeline = JourneySimulator.of(JourneyConfig.of(own)).simulate(visitor).visitor(visitor.id());

    assertThat(timeline.afterEvent(first.events().size()).segments()).containsExactly("Own pages");
  }

  @Property(tries = 200)
  void anInactiveMapNeverQualifies(@ForAll("bundles") JourneyConfig bundle, @ForAll("visitors") Visitor visitor) {
    JourneyConfig inactive = withMaps(bundle, bundle.actionMaps().stream().map(m -> m.withIsActive(false)).toList());

    VisitorTimeline timeline = JourneySimulator.of(inactive).simulate(visitor).visitor(visitor.id());

    assertThat(timeline.offers()).isEmpty();
    assertThat(timeline.steps()).allSatisfy(step -> {
      assertThat(step.qualified()).isEmpty();
      inactive.actionMaps().forEach(m -> assertThat(step.decision(m.displayName()).rule()).isEqualTo(Rule.ACTIVE));
    });
  }

  @Property(tries = 200)
  void aMapOutsideItsDateWindowNeverQualifies(@ForAll("bundles") JourneyConfig bundle, @ForAll("visitors") Visitor visitor,
      @ForAll boolean endedBefore) {
    List<ActionMap> outside = bundle.actionMaps().stream().map(m -> m.withIsActive(true)).map(m -> endedBefore
        ? m.withEndDate(VisitorArbitraries.START)
        : m.withStartDate(VisitorArbitraries.START.plusSeconds(400 * 86_400L))).toList();
    JourneyConfig config = withMaps(bundle, outside);

    VisitorTimeline timeline = JourneySimulator.of(config).simulate(visitor).visitor(visitor.id());

    assertThat(timeline.offers()).isEmpty();
    assertThat(timeline.steps()).allSatisfy(step -> assertThat(step.qualified()).isEmpty());
  }

  @Property(tries = 200)
  void addingACriterionNeverWidensASegment(@ForAll("segments") JourneySegment segment, @ForAll("visitors") Visitor visitor,
      @ForAll("criteria") Criteria extra) {
    JourneySegment narrower = segment.withDisplayName("Narrower").withJourney(segment.journey().withPatterns(
        narrowFirst(segment.journey().patterns(), extra)));

    VisitorTimeline timeline = JourneySimulator.of(JourneyConfig.of(segment, narrower)).simulate(visitor).visitor(visitor.id());

    assertThat(timeline.steps()).allSatisfy(step -> {
      if (step.segments().contains("Narrower")) {
        assertThat(step.segments()).contains(segment.displayName());
      }
    });
  }

  @Property(tries = 300)
  void theSimulatorNeverThrowsAndGivesOneStepPerEvent(@ForAll("bundles") JourneyConfig bundle,
      @ForAll("visitors") Visitor visitor) {
    VisitorTimeline timeline = JourneySimulator.of(bundle).simulate(visitor).visitor(visitor.id());

    assertThat(timeline.steps()).hasSize(visitor.eventCount());
    for (Step step : timeline.steps()) {
      bundle.actionMaps().forEach(m -> assertThat(step.decision(m.displayName()).reason()).isNotBlank());
      bundle.segments().forEach(s -> assertThat(step.segment(s.displayName()).reason()).isNotBlank());
    }
  }

  @Provide
  Arbitrary<Visitor> visitors() {
    return VisitorArbitraries.visitors();
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }

  @Provide
  Arbitrary<JourneySegment> segments() {
    return JourneyArbitraries.segments();
  }

  @Provide
  Arbitrary<Criteria> criteria() {
    return JourneyArbitraries.segments().map(s -> s.journey().patterns().get(0).criteria().get(0));
  }

  private static List<JourneyPattern> narrowFirst(List<JourneyPattern> patterns, Criteria extra) {
    List<JourneyPattern> out = new ArrayList<>(patterns);
    JourneyPattern first = out.get(0);
    List<Criteria> criteria = new ArrayList<>(first.criteria());
    criteria.add(extra);
    out.set(0, first.withCriteria(criteria));
    return out;
  }

  private static JourneyConfig withMaps(JourneyConfig bundle, List<ActionMap> maps) {
    return JourneyConfig.builder().addAllSegments(bundle.segments()).addAllOutcomes(bundle.outcomes())
        .addAllActionTemplates(bundle.actionTemplates()).addAllActionMaps(maps).build();
  }
}
