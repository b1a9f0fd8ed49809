package io.journeydsl.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated object and bundle is valid: the fake accepts it, and its snapshot restores it. */
class JourneyArbitrariesProperties {

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }

  @Provide
  Arbitrary<JourneySegment> segments() {
    return JourneyArbitraries.segments();
  }

  @Provide
  Arbitrary<Outcome> outcomes() {
    return JourneyArbitraries.outcomes();
  }

  @Provide
  Arbitrary<ActionTemplate> templates() {
    return JourneyArbitraries.actionTemplates();
  }

  @Property(tries = 150)
  void everyBundleSeedsIntoAFreshFakeAndItsSnapshotRoundTrips(@ForAll("bundles") JourneyConfig bundle) {
    FakeJourneyApi fake = FakeJourneyApi.create();
    JourneyConfig stored = fake.seed(bundle);

    assertThat(fake.segments()).hasSameSizeAs(bundle.segments());
    assertThat(fake.outcomes()).hasSameSizeAs(bundle.outcomes());
    assertThat(fake.actionTemplates()).hasSameSizeAs(bundle.actionTemplates());
    assertThat(fake.actionMaps()).hasSameSizeAs(bundle.actionMaps());
    assertThat(stored.references()).allSatisfy(ref -> assertThat(ref.toString()).doesNotContain("${"));
    Set<String> segmentIds = fake.segments().stream().map(JourneySegment::id).collect(Collectors.toSet());
    for (ActionMap map : fake.actionMaps()) {
      assertThat(segmentIds).containsAll(map.triggerWithSegments());
      assertThat(map.weight()).isBetween(1, 3);
    }

    String snapshot = fake.snapshot();
    FakeJourneyApi copy = FakeJourneyApi.create();
    copy.restore(snapshot);
    assertThat(copy.snapshot()).isEqualTo(snapshot);
    assertThat(copy.segments()).isEqualTo(fake.segments());
    assertThat(copy.actionMaps()).isEqualTo(fake.actionMaps());

    fake.reset();
    fake.restore(snapshot);
    assertThat(fake.snapshot()).isEqualTo(snapshot);
  }

  @Property(tries = 100)
  void bundlesHaveUniqueNamesPerKindAndAtLeastOneSegment(@ForAll("bundles") JourneyConfig bundle) {
    assertThat(bundle.segments()).isNotEmpty();
    assertUnique(bundle.segments().stream().map(JourneySegment::displayName).toList());
    assertUnique(bundle.outcomes().stream().map(Outcome::displayName).toList());
    assertUnique(bundle.actionTemplates().stream().map(ActionTemplate::name).toList());
    assertUnique(bundle.actionMaps().stream().map(ActionMap::displayName).toList());
  }

  @Property(tries = 100)
  void everySegmentIsCreatedWithRealisticKeysAndColour(@ForAll("segments") JourneySegment segment) {
    assertThat(segment.color()).matches("#[0-9A-F]{6}");
    JourneySegment created = FakeJourneyApi.create().client().segments().create(segment);
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.journey().patterns()).allSatisfy(p -> assertThat(p.criteria())
        .allSatisfy(c -> assertThat(io.journeydsl.criteria.JourneyKeys.names()).contains(c.key())));
    if (created.context() != null) {
      assertThat(created.context().patterns()).allSatisfy(p -> assertThat(p.criteria())
          .allSatisfy(c -> assertThat(io.journeydsl.criteria.ContextKeys.names()).contains(c.key())));
    }
  }

  @Property(tries = 100)
  void everyOutcomeAndTemplateIsCreated(@ForAll("outcomes") Outcome outcome, @ForAll("templates") ActionTemplate template) {
    FakeJourneyApi fake = FakeJourneyApi.create();
    assertThat(fake.client().outcomes().create(outcome).displayName()).isEqualTo(outcome.displayName());
    assertThat(fake.client().actionTemplates().create(template).name()).isEqualTo(template.name());
  }

  private static void assertUnique(List<String> names) {
    assertThat(new HashSet<>(names)).hasSameSizeAs(names);
  }
}
