package io.journeydsl.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.Fault;
import io.journeydsl.spi.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pins header name spelling, auth and OAuth on the raw wire (a plain socket, no client library). */
class WireHeadersTest {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().rateLimitPerMinute(1000).build();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).clientCredentials("id-1", "s3cret")
      .tokenLifetime(Duration.ofSeconds(600)).start();

  @AfterEach
  void stop() {
    server.close();
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      return buffer.toString(StandardCharsets.UTF_8);
    }
  }

  private String token() throws IOException {
    String basic = Base64.getEncoder().encodeToString("id-1:s3cret".getBytes(StandardCharsets.UTF_8));
    String body = "grant_type=client_credentials";
    String response = raw("POST /oauth/token HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + basic
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body);
    assertThat(response).startsWith("HTTP/1.1 200");
    String json = response.substring(response.indexOf("\r\n\r\n") + 4);
    assertThat(JourneyJson.mapper().readTree(json).path("expires_in").asLong()).isEqualTo(600);
    return JourneyJson.mapper().readTree(json).path("access_token").asText();
  }

  @Test
  void headerNamesAreSpelledExactlyAsGenesysSpellsThem() throws IOException {
    fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).rateLimited(Duration.ofSeconds(7)));
    String response = raw("GET /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token()
        + "\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 429");
    assertThat(response).contains("\r\nININ-Correlation-Id: ");
    assertThat(response).contains("\r\nRetry-After: 7\r\n");
    assertThat(response).contains("\r\ninin-ratelimit-count: ").contains("\r\ninin-ratelimit-allowed: 1000\r\n")
        .contains("\r\ninin-ratelimit-reset: ");
    String body = response.substring(response.indexOf("\r\n\r\n") + 4);
    String correlation = response.replaceAll("(?s).*\r\nININ-Correlation-Id: ([^\r]+)\r\n.*", "$1");
    assertThat(JourneyJson.mapper().readTree(body).path("contextId").asText()).isEqualTo(correlation);
    assertThat(JourneyJson.mapper().readTree(body).path("code").asText()).isEqualTo("too.many.requests.retry.after");
    // A random (version 4, IETF variant) UUID in its canonical form, as Genesys sends.
    assertThat(correlation).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void aMissingOrUnknownTokenIs401AndTheJournalRedactsAuthorization() throws IOException {
    assertThat(raw("GET /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 401").contains("authentication.required");
    assertThat(raw("GET /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 401").contains("bad.credentials");
    String basic = Base64.getEncoder().encodeToString("id-1:wrong".getBytes(StandardCharsets.UTF_8));
    assertThat(raw("POST /oauth/token HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + basic
        + "\r\nContent-Length: 29\r\nConnection: close\r\n\r\ngrant_type=client_credentials"))
        .startsWith("HTTP/1.1 401").contains("invalid_client");

    String journal = fake.journal().calls().toString() + fake.journal().calls().stream()
        .map(c -> c.headers().toString() + c.body()).reduce("", String::concat);
    assertThat(journal).doesNotContain("nope").doesNotContain(basic).doesNotContain("wrong").contains("[REDACTED]");
  }

  @Test
  void commaJoinedAndRepeatedIdListsAreBothAcceptedAndUnknownParametersRejected() throws IOException {
    String token = token();
    String one = fake.client().segments().create(b -> b.displayName("One")).id();
    String two = fake.client().segments().create(b -> b.displayName("Two")).id();
    for (String query : new String[] {"segmentIds=" + one + "%2C" + two, "segmentIds=" + one + "&segmentIds=" + two}) {
      String response = raw("GET /api/v2/journey/segments?" + query + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
          + token + "\r\nConnection: close\r\n\r\n");
      assertThat(response).startsWith("HTTP/1.1 200").contains("\"total\":2");
    }
    assertThat(raw("GET /api/v2/journey/segments?bogus=1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
        + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400").contains("\"fieldName\":\"bogus\"");
    assertThat(raw("POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nContent-Length: 8\r\nConnection: close\r\n\r\n{\"x\": [}"))
        .startsWith("HTTP/1.1 400").contains("line 1, column 8");
  }

  @Test
  void aDroppedConnectionGivesNoResponse() throws IOException {
    fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).dropConnection());
    assertThat(raw("GET /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token()
        + "\r\nConnection: close\r\n\r\n")).isEmpty();
  }
}
