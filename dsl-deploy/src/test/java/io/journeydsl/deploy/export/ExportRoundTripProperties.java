package io.journeydsl.deploy.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any configuration put into an org comes back from export as Java that builds the same bundle. */
class ExportRoundTripProperties {

  @Property(tries = 25)
  void exportedJavaBuildsTheExportedBundle(@ForAll("bundles") JourneyConfig bundle) {
    FakeJourneyApi org = FakeJourneyApi.create();
    org.seed(bundle);

    ExportResult export = Exporter.over(org.client()).export();
    String source = export.javaSource("com.example.journey", "Exported");
    JourneyConfig compiled = CompiledConfig.of("com.example.journey.Exported", source);

    assertThat(compiled.toJson()).isEqualTo(export.bundleJson());
    assertThat(export.notes()).isEmpty();
    // The round trip the issue asks for: export, compile, plan against the same org: no changes.
    Plan plan = Deployer.to(org.client()).plan(compiled);
    assertThat(plan.hasChanges()).as("%s", plan.toText(false)).isFalse();
  }

  @Property(tries = 50)
  void theExportDoesNotDependOnTheOrderObjectsWereCreatedIn(@ForAll("bundles") JourneyConfig bundle,
      @ForAll long shuffleSeed) {
    FakeJourneyApi first = FakeJourneyApi.create();
    first.seed(bundle);
    FakeJourneyApi second = FakeJourneyApi.create();
    second.seed(shuffled(bundle, new Random(shuffleSeed)));

    ExportResult one = Exporter.over(first.client()).export();
    ExportResult other = Exporter.over(second.client()).export();

    assertThat(other.bundleJson()).isEqualTo(one.bundleJson());
    assertThat(other.javaSource("p", "C")).isEqualTo(one.javaSource("p", "C"));
  }

  private static JourneyConfig shuffled(JourneyConfig config, Random random) {
    return JourneyConfig.builder().addAllSegments(shuffled(config.segments(), random))
        .addAllOutcomes(shuffled(config.outcomes(), random))
        .addAllActionTemplates(shuffled(config.actionTemplates(), random))
        .addAllActionMaps(shuffled(config.actionMaps(), random)).build();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> out = new ArrayList<>(list);
    Collections.shuffle(out, random);
    return out;
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }
}
