package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.RecordedCall;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole scenario with debug logging on (login, calls, a rejected token and re-authentication,
 * retries, errors, a wrong secret): no client secret, Basic credential or bearer token appears in
 * any log line, exception message, stack trace, {@code toString()} or recorded call.
 */
class SecretsNeverLeakTest {
  private static final String ID = "leak-client";
  private static final String SECRET = "Sup3r-Secret-Value-91";

  @Test
  void noSecretOrTokenAppearsAnywhere() throws Exception {
    Path log = Path.of(System.getProperty("journey.debugLog"));
    FakeJourneyApi fake = FakeJourneyApi.create();
    List<String> texts = new ArrayList<>();
    String issuedToken;
    try (FakeJourneyServer server = FakeJourneyServer.builder(fake).clientCredentials(ID, SECRET)
        .tokenLifetime(Duration.ofSeconds(1)).start()) {
      issuedToken = grantToken(server.tokenUri());
      FeignJourneyTransport oauth = FeignJourneyTransport.builder().baseUrl(server.baseUri())
          .credentials(ClientCredentials.of(ID, SECRET)).clock(java.time.Clock.fixed(java.time.Instant.now(), java.time.ZoneOffset.UTC))
          .sleeper(new RecordingSleeper()).build();
      texts.add(oauth.toString());
      try (JourneyClient client = io.journeydsl.client.JourneyClient.create(oauth)) {
        texts.add(client.toString());
        String id = client.segments().create(s -> s.displayName("Leak check").isActive(true)).id();
        Thread.sleep(1_200); // the token expires; the next call is rejected and re-authenticated
        fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENT).rateLimited(Duration.ofSeconds(1)));
        client.segments().get(id);
        texts.add(describe(catchThrowable(() -> client.segments().get("no-such-id"))));
        texts.add(describe(catchThrowable(() -> client.segments().patch(id, p -> p.displayName("x").version(99)))));
      }
      try (JourneyClient fixed = FeignJourneyTransport.builder().baseUrl(server.baseUri()).bearerToken(issuedToken)
          .sleeper(new RecordingSleeper()).buildClient()) {
        texts.add(describe(catchThrowable(() -> fixed.segments().list())));
      }
      try (JourneyClient wrong = FeignJourneyTransport.builder().baseUrl(server.baseUri())
          .credentials(ClientCredentials.of(ID, SECRET + "-wrong")).sleeper(new RecordingSleeper()).buildClient()) {
        texts.add(describe(catchThrowable(() -> wrong.segments().list())));
      }
    }
    for (RecordedCall call : fake.journal().calls()) {
      texts.add(call.toString());
      texts.add(String.valueOf(call.headers()));
      texts.add(String.valueOf(call.body()));
    }
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    texts.add(logText);

    assertThat(logText).as("the debug log was written").contains("--> POST /api/v2/journey/segments")
        .contains("401").contains("correlation id");
    String basic = Base64.getEncoder().encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    for (String text : texts) {
      assertThat(text).doesNotContain(SECRET).doesNotContain(basic).doesNotContain(issuedToken).doesNotContain("Bearer ");
    }
  }

  private static String grantToken(URI tokenUri) throws Exception {
    String basic = Base64.getEncoder().encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tokenUri)
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = JourneyJson.mapper().readTree(response.body());
    return json.get("access_token").asText();
  }

  private static String describe(Throwable t) {
    assertThat(t).isNotNull();
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    return t + "\n" + trace;
  }
}
