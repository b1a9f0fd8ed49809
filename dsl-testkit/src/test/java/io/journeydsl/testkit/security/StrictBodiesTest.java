package io.journeydsl.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.Journey;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake refuses bodies a lenient reader would quietly "fix" (and store something the client never
 * meant): data after the JSON, a key twice, an integer with a fraction, numbers and booleans sent as
 * strings, strings sent as numbers. Each is a 400 naming the field, and nothing is stored.
 */
class StrictBodiesTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken("tok-strict").start();

  @AfterEach
  void stop() {
    server.close();
  }

  private static String validSegment() {
    return JourneyJson.write(Journey.segment("Pricing").color("#112233").isActive(true)
        .journey(j -> j.addPatterns(Journey.pattern(Journey.web(), 2, JourneyKeys.PAGE_URL.contains("/pricing"))))
        .build());
  }

  private RawHttp.Reply post(String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return RawHttp.send(server.port(), ("POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok-strict"
        + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body)
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theValidBodyIsAccepted() throws IOException {
    assertThat(post(validSegment()).status()).isEqualTo(200);
  }

  @Test
  void lenientlyReadableBodiesAre400NamingTheField() throws IOException {
    String valid = validSegment();
    assertThat(valid).contains("\"count\":2").contains("\"isActive\":true").contains("\"displayName\":\"Pricing\"");
    Map<String, String> cases = Map.of(
        valid + " {}", "body",
        valid + "x", "body",
        valid.replace("\"displayName\":\"Pricing\"", "\"displayName\":\"Pricing\",\"displayName\":\"Other\""), "displayName",
        valid.replace("\"count\":2", "\"count\":2,\"count\":3"), "journey.patterns[0].count",
        valid.replace("\"count\":2", "\"count\":1.9"), "journey.patterns[0].count",
        valid.replace("\"count\":2", "\"count\":\"1\""), "journey.patterns[0].count",
        valid.replace("\"isActive\":true", "\"isActive\":\"false\""), "isActive",
        valid.replace("\"isActive\":true", "\"isActive\":1"), "isActive",
        valid.replace("\"displayName\":\"Pricing\"", "\"displayName\":5"), "displayName",
        valid.replace("\"count\":2", "\"count\":true"), "journey.patterns[0].count");
    for (Map.Entry<String, String> each : cases.entrySet()) {
      RawHttp.Reply reply = post(each.getKey());
      JsonNode error = GenesysErrorBodies.assertErrorBody(reply, each.getKey());
      assertThat(error.path("status").asInt()).as(each.getKey()).isEqualTo(400);
      assertThat(error.path("details").get(0).path("fieldName").asText()).as(each.getKey()).isEqualTo(each.getValue());
    }
    assertThat(fake.segments()).isEmpty();
  }
}
