package io.journeydsl.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.RecordedCall;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which operation a request line reaches, sent byte for byte on a plain socket: a path matches a
 * template only with the same number of parts, equal literal parts and non-empty parameters; a
 * known path with another method is a 405; the id is the part as sent, decoded, a {@code +} kept.
 */
class RoutingTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final FakeJourneyServer server = FakeJourneyServer.start(fake);

  @AfterEach
  void stop() {
    server.close();
  }

  /** The status line of the answer to {@code METHOD path}. */
  private String send(String method, String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer any\r\nContent-Length: 0\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      String response = RawHttp.readResponse(socket.getInputStream());
      assertThat(response).as("an answer to %s %s", method, path).isNotNull();
      return response.substring(0, response.indexOf("\r\n"));
    }
  }

  private RecordedCall last() {
    return fake.journal().last().orElseThrow();
  }

  @Test
  void aPathReachesTheOperationWhoseTemplateItMatches() throws IOException {
    String id = fake.client().segments().create(b -> b.displayName("Pricing")).id();

    assertThat(send("GET", "/api/v2/journey/segments")).isEqualTo("HTTP/1.1 200 OK");
    assertThat(last().operation()).isEqualTo(Operation.GET_JOURNEY_SEGMENTS);
    assertThat(send("GET", "/api/v2/journey/segments/" + id)).isEqualTo("HTTP/1.1 200 OK");
    assertThat(last().operation()).isEqualTo(Operation.GET_JOURNEY_SEGMENT);
    assertThat(send("DELETE", "/api/v2/journey/segments/" + id)).startsWith("HTTP/1.1 204");
    assertThat(last().operation()).isEqualTo(Operation.DELETE_JOURNEY_SEGMENT);
  }

  @Test
  void partsMustMatchInNumberAndSpelling() throws IOException {
    for (String path : new String[] {"/api/v2/journey/segments/", "/api/v2/journey/segments/x/",
        "/api/v2/journey/segmentsx", "/api/v2/journey/segment",
        "/api/v2/journey/segments/x/y", "/api/v2/Journey/segments", "/"}) {
      assertThat(send("GET", path)).as(path).isEqualTo("HTTP/1.1 404 Not Found");
      assertThat(last().operation()).as(path).isNull();
    }
  }

  @Test
  void aKnownPathWithAnotherMethodIs405() throws IOException {
    assertThat(send("PUT", "/api/v2/journey/segments")).isEqualTo("HTTP/1.1 405 Method Not Allowed");
    assertThat(send("GET", "/api/v2/analytics/journeys/aggregates/query")).isEqualTo("HTTP/1.1 405 Method Not Allowed");
    assertThat(last().operation()).isNull();
  }

  @Test
  void theIdIsThePartAsSentDecodedWithAPlusKept() throws IOException {
    assertThat(send("GET", "/api/v2/journey/segments/a+b%20c")).isEqualTo("HTTP/1.1 404 Not Found");
    assertThat(last().operation()).isEqualTo(Operation.GET_JOURNEY_SEGMENT);
    String id = fake.client().segments().create(b -> b.displayName("Pricing")).id();
    assertThat(send("GET", "/api/v2/journey/segments/" + id.replace("-", "%2D"))).isEqualTo("HTTP/1.1 200 OK");
  }
}
