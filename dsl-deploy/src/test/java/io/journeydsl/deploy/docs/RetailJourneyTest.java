package io.journeydsl.deploy.docs;

// GS-TEST-START
import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.junit.JourneyFake;
import io.journeydsl.testkit.simulator.JourneySimulator;
import io.journeydsl.testkit.simulator.Session;
import io.journeydsl.testkit.simulator.Simulation;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import io.journeydsl.validation.JourneyValidator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@JourneyFake(rejectDuplicateNames = true, seed = 42)
class RetailJourneyTest {

  @Test
  void theConfigurationIsValid() {
    JourneyValidator.create().validate(RetailJourney.config()).throwIfErrors();
  }

  @Test
  void itDeploysAndASecondPlanIsEmpty(JourneyClient client, FakeJourneyApi fake) {
    Deployer deployer = Deployer.to(client);
    assertThat(deployer.apply(deployer.plan(RetailJourney.config())).succeeded()).isTrue();
    assertThat(deployer.plan(RetailJourney.config()).hasChanges()).isFalse();

    assertThat(fake).hasSegmentNamed("Pricing visitors").hasActionMapNamed("Offer the sale on pricing");
    assertThat(fake.journal()).hasOnlySuccessfulCalls();
  }

  @Test
  void aVisitorWhoViewsPricingTwiceIsOfferedTheSale() {
    Instant t0 = Instant.parse("2026-03-10T10:00:00Z");
    Visitor ann = Visitor.named("ann").withSession(Session.web("s1",
        VisitorEvent.pageView(t0, "https://shop.example.com/pricing"),
        VisitorEvent.pageView(t0.plusSeconds(30), "https://shop.example.com/pricing?plan=pro")));

    Simulation simulation = JourneySimulator.of(RetailJourney.config()).simulate(ann);

    assertThat(simulation).visitor(ann)
        .afterEvent(1).doesNotMatchSegment("Pricing visitors")
        .afterEvent(2).matchesSegment("Pricing visitors")
        .offers("Offer the sale on pricing");
  }
}
// GS-TEST-END
