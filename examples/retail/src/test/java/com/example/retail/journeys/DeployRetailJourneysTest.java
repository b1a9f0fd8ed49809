package com.example.retail.journeys;

import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.junit.FakeJourneyApiExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deploys the configuration the way {@link DeployRetailJourneys} does, to a fresh fake Journey API per test. */
@ExtendWith(FakeJourneyApiExtension.class)
class DeployRetailJourneysTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void createsEveryObjectAndResolvesTheReferences(FakeJourneyApi fake, JourneyClient client) {
    boolean applied = DeployRetailJourneys.deploy(client, RetailJourneys.config(), true, out);

    assertThat(applied).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
    assertThat(fake).hasSegments(4).hasOutcomes(1).hasActionTemplates(3).hasActionMaps(4)
        .hasSegmentNamed(RetailJourneys.CART_BUILDERS)
        .hasOutcomeNamed(RetailJourneys.ORDER_PLACED)
        .hasActionTemplateNamed(RetailJourneys.FREE_SHIPPING_BANNER)
        .hasActionMapNamed(RetailJourneys.CHECKOUT_CHAT);
    JourneySegment cartBuilders = client.segments().stream().filter(s -> s.displayName().equals(RetailJourneys.CART_BUILDERS))
        .findFirst().orElseThrow();
    assertThat(fake).actionMap(RetailJourneys.FREE_SHIPPING)
        .extracting(ActionMap::triggerWithSegments, InstanceOfAssertFactories.list(String.class)).containsExactly(cartBuilders.id());
    assertThat(fake.journal()).hasOnlySuccessfulCalls()
        .hasCalls(Operation.POST_JOURNEY_SEGMENTS, 4)
        .hasCalls(Operation.POST_JOURNEY_ACTIONMAPS, 4);
  }

  @Test
  void aSecondDeployChangesNothing(FakeJourneyApi fake, JourneyClient client) {
    DeployRetailJourneys.deploy(client, RetailJourneys.config(), true, out);
    fake.journal().clear();

    boolean applied = DeployRetailJourneys.deploy(client, RetailJourneys.config(), true, out);

    assertThat(applied).isTrue();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("The org already matches the configuration.");
    assertThat(fake.journal()).hasNoCalls(Operation.POST_JOURNEY_SEGMENTS).hasNoCalls(Operation.PATCH_JOURNEY_SEGMENT)
        .hasNoCalls(Operation.POST_JOURNEY_ACTIONMAPS).hasNoCalls(Operation.PATCH_JOURNEY_ACTIONMAP);
  }

  @Test
  void planOnlySendsNoWrite(FakeJourneyApi fake, JourneyClient client) {
    boolean planned = DeployRetailJourneys.deploy(client, RetailJourneys.config(), false, out);

    assertThat(planned).isTrue();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains(RetailJourneys.FREE_SHIPPING).contains("Plan only");
    assertThat(fake).isEmpty();
  }

  /** The main class's path: the Feign transport with OAuth client credentials, here against the fake over HTTP. */
  @Test
  void deploysOverHttpWithClientCredentials(FakeJourneyApi fake, FakeJourneyServer server) {
    String secret = "retail-ci-secret";
    try (JourneyClient client = FeignJourneyTransport.builder()
        .baseUrl(server.baseUri())
        .credentials(ClientCredentials.of("retail-ci", secret))
        .buildClient()) {
      assertThat(DeployRetailJourneys.deploy(client, RetailJourneys.config(), true, out)).isTrue();
    }

    assertThat(fake).hasActionMaps(4).hasActionMapNamed(RetailJourneys.HELP_LIKELY_BUYERS);
    assertThat(fake.journal()).hasOnlySuccessfulCalls().noneLeak(secret);
  }
}
