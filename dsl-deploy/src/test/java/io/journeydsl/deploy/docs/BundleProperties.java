package io.journeydsl.deploy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

// TESTING-JQWIK-START
class BundleProperties {

  @Property(tries = 25)
  void anyBundleDeploysAndThenPlansEmpty(@ForAll("bundles") JourneyConfig bundle) {
    Deployer deployer = Deployer.to(FakeJourneyApi.create().client());
    assertThat(deployer.apply(deployer.plan(bundle)).succeeded()).isTrue();
    assertThat(deployer.plan(bundle).hasChanges()).isFalse();
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }
}
// TESTING-JQWIK-END
