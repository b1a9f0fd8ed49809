package io.journeydsl.deploy.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.PlanException;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.junit.FakeJourneyApiExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// TESTING-SHARED-START
class SharedFakeTest {

  @RegisterExtension
  static FakeJourneyApiExtension fake = FakeJourneyApiExtension.builder()
      .profile(ApiProfile.CURRENT)
      .seed(42)
      .bundle(RetailJourney.config())                       // seeded again before every test
      .configure(b -> b.journalLimits(1_000, 1 << 20))      // any other FakeJourneyApi.Builder switch
      .build();

  @Test
  void anOrgThatHasTheConfigurationNeedsNoChange() {
    assertThat(Deployer.to(fake.client()).plan(RetailJourney.config()).hasChanges()).isFalse();
  }

  @Test
  void anOrgThatCannotBeReadStopsThePlan() {
    fake.api().faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).always().respond(503));
    assertThatThrownBy(() -> Deployer.to(fake.client()).plan(RetailJourney.config()))
        .isInstanceOf(PlanException.class);
  }
}
// TESTING-SHARED-END
