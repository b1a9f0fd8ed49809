package io.journeydsl.cli;

import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;

import io.journeydsl.testkit.simulator.Simulation;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DemoSimulationTest {

  @Test
  void theDemoVisitShowsTheConfigurationsOffersBeingDecided() {
    StringWriter text = new StringWriter();
    Simulation simulation = DemoSimulation.show(DemoConfig.create(), new PrintWriter(text));

    assertThat(simulation).visitor("maya")
        .afterEvent(1).matchesSegment("Returning UK customers").matchesSegment("Mobile shoppers")
        .afterEvent(3).matchesSegment("Pricing visitors").offers("Offer the sale on pricing")
        .afterEvent(5).offers("Chat with mobile checkouts");
    assertThat(simulation).visitor("maya").neverOffers("Help likely buyers").achievesOutcome("Purchase completed");
    Assertions.assertThat(text.toString())
        .contains("visitor maya")
        .contains("OFFERED:   Offer the sale on pricing [contentOffer 'Spring sale' at 2026-03-12T18:30:55Z]")
        .contains("outcome:   Purchase completed (value 129.00)");
  }
}
