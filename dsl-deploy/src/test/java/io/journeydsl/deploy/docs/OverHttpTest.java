package io.journeydsl.deploy.docs;

import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.junit.JourneyFake;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

// TESTING-HTTP-START
@JourneyFake(http = true, clientId = "ci", clientSecret = "s3cret", rejectDuplicateNames = true, seed = 42)
class OverHttpTest {

  @Test
  void deploysOverHttpWithClientCredentials(FakeJourneyServer server, FakeJourneyApi fake) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (JourneyClient client = FeignJourneyTransport.builder()
        .baseUrl(server.baseUri())                           // also the login URL: POST /oauth/token
        .credentials(ClientCredentials.of("ci", "s3cret"))
        .buildClient()) {
      ApplyResult result = DeployRetailJourney.deploy(client, new PrintStream(printed, true, StandardCharsets.UTF_8));
      assertThat(result.succeeded()).isTrue();
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Plan: 3 to create");
    assertThat(fake).hasSegmentNamed("Pricing visitors").hasActionTemplateNamed("Spring sale");
    assertThat(fake.journal()).hasCalls(Operation.POST_JOURNEY_SEGMENTS, 1).noneLeak("s3cret");
  }
}
// TESTING-HTTP-END
