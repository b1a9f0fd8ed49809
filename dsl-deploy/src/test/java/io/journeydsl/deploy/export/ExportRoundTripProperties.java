package io.journeydsl.deploy.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
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
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }
}
