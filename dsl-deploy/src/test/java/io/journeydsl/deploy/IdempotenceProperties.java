package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Applying a configuration makes the org match it: a second plan is empty, whatever was there before. */
class IdempotenceProperties {

  @Property(tries = 60)
  void applyingTwiceMakesTheSecondPlanEmpty(@ForAll("bundles") JourneyConfig config) {
    FakeJourneyApi fake = FakeJourneyApi.create();
    Deployer deployer = Deployer.to(fake.client());

    ApplyResult result = deployer.apply(deployer.plan(config));

    assertThat(result.succeeded()).as("%s", result.failure()).isTrue();
    assertThat(deployer.plan(config).hasChanges()).isFalse();
    assertThat(names(fake)).isEqualTo(names(config));
  }

  @Property(tries = 40)
  void applyingWithPruningConvergesFromAnyOrg(@ForAll("bundles") JourneyConfig before,
      @ForAll("bundles") JourneyConfig after) {
    FakeJourneyApi fake = FakeJourneyApi.create();
    fake.seed(before);
    Deployer deployer = Deployer.builder(fake.client()).prune(everything()).build();

    ApplyResult result = deployer.apply(deployer.plan(after));

    assertThat(result.succeeded()).as("%s", result.failure()).isTrue();
    assertThat(deployer.plan(after).hasChanges()).isFalse();
    assertThat(names(fake)).isEqualTo(names(after));
  }

  static Prune everything() {
    return Stream.of(ApiCollection.values()).filter(ApiCollection::creatable).map(Prune::all)
        .reduce(Prune.none(), Prune::and);
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }

  /** The names of every object, collection by collection, as sets. */
  static List<List<String>> names(JourneyConfig config) {
    return List.of(sorted(config.segments().stream().map(s -> s.displayName())),
        sorted(config.outcomes().stream().map(o -> o.displayName())),
        sorted(config.actionTemplates().stream().map(t -> t.name())),
        sorted(config.actionMaps().stream().map(m -> m.displayName())));
  }

  static List<List<String>> names(FakeJourneyApi fake) {
    JourneyClient client = fake.client();
    return List.of(sorted(client.segments().stream().map(s -> s.displayName())),
        sorted(client.outcomes().stream().map(o -> o.displayName())),
        sorted(client.actionTemplates().stream().map(t -> t.name())),
        sorted(client.actionMaps().stream().map(m -> m.displayName())));
  }

  private static List<String> sorted(Stream<String> names) {
    return names.sorted().toList();
  }
}
