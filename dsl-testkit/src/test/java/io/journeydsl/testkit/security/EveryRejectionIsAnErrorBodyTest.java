package io.journeydsl.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests no honest client sends, over a raw socket: every one is refused with a Genesys error
 * body (never Jetty's HTML, never a 500, never a stack trace or class name), and the server goes on
 * serving.
 */
class EveryRejectionIsAnErrorBodyTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken("t0ken-123").maxBodyBytes(4096).start();

  @AfterEach
  void stop() {
    server.close();
  }

  private RawHttp.Reply get(String path) throws IOException {
    return RawHttp.send(server.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken-123\r\nConnection: close\r\n\r\n");
  }

  private RawHttp.Reply post(String path, byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken-123\r\nContent-Type: application/json"
        + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return RawHttp.send(server.port(), out.toByteArray());
  }

  @Test
  void aBodyThatIsNotUtf8Is400NamingTheBody() throws IOException {
    byte[] body = "{\"displayName\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    JsonNode error = GenesysErrorBodies.assertErrorBody(post("/api/v2/journey/segments", body), "latin-1 body");
    assertThat(error.path("status").asInt()).isEqualTo(400);
    assertThat(error.path("details").get(0).path("fieldName").asText()).isEqualTo("body");
    assertThat(fake.journal().last().orElseThrow().body()).isNull();
  }

  @Test
  void oddPathsAreErrorBodies() throws IOException {
    String[] paths = {
        "/api/v2/journey/segments/%FF%FE", "/api/v2/journey/segments/%C3", "/api/v2/journey/segments/%2e%2e",
        "/api/v2/journey/segments/%2E", "/api/v2/journey/segments/a%2Fb", "/api/v2/journey/segments/a%5Cb",
        "/api/v2/journey//segments", "//api/v2/journey/segments", "/api/v2/journey/segments/%00",
        "/api/v2/journey/segments/%", "/api/v2/journey/segments/%zz", "/api/v2/journey/segments/../../etc/passwd",
        "/api/v2/journey/segments/;x=1", "/api/v2/journey/segments?pageSize=%FF", "/api/v2/journey/segments?%00=1",
        "/api/v2/journey/segments/x?pageSize=1&pageSize=%", "/nothing/here", "/api/v2/journey/segments/"};
    for (String path : paths) {
      GenesysErrorBodies.assertErrorBody(get(path), path);
    }
    assertThat(get("/api/v2/journey/segments").status()).isEqualTo(200);
  }

  @Test
  void anOversizedUriIs414AndOversizedHeadersAre431() throws IOException {
    RawHttp.Reply longUri = get("/api/v2/journey/segments?queryValue=" + "a".repeat(20_000));
    assertThat(GenesysErrorBodies.assertErrorBody(longUri, "long uri").path("status").asInt()).isEqualTo(414);
    RawHttp.Reply bigHeader = RawHttp.send(server.port(), "GET /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nX-Big: "
        + "b".repeat(20_000) + "\r\nAuthorization: Bearer t0ken-123\r\nConnection: close\r\n\r\n");
    assertThat(GenesysErrorBodies.assertErrorBody(bigHeader, "big header").path("status").asInt()).isEqualTo(431);
  }

  @Test
  void malformedChunkingAndBadRequestLinesAreErrorBodies() throws IOException {
    String[] requests = {
        "POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken-123\r\nContent-Type: application/json"
            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
        "POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken-123\r\nContent-Type: application/json"
            + "\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        "POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
        "POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}",
        "GET /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n",
        "GET /api/v2/journey/segments HTTP/1.1\r\nConnection: close\r\n\r\n",
        "BREW /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken-123\r\nConnection: close\r\n\r\n",
    };
    for (String request : requests) {
      GenesysErrorBodies.assertErrorBody(RawHttp.send(server.port(), request), request.lines().findFirst().orElseThrow()
          + " / " + request.replace("\r\n", " | "));
    }
  }

  @Test
  void aBodyOverTheLimitIs413AndIsNotRecorded() throws IOException {
    byte[] big = ("{\"displayName\":\"" + "x".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    JsonNode error = GenesysErrorBodies.assertErrorBody(post("/api/v2/journey/segments", big), "big body");
    assertThat(error.path("status").asInt()).isEqualTo(413);
    assertThat(fake.journal().calls()).allSatisfy(call -> assertThat(call.body()).isNull());

    String chunked = "POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken-123\r\n"
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + ("1000\r\n" + "y".repeat(4096) + "\r\n").repeat(3) + "0\r\n\r\n";
    JsonNode chunkedError = GenesysErrorBodies.assertErrorBody(RawHttp.send(server.port(), chunked), "big chunked body");
    assertThat(chunkedError.path("status").asInt()).isEqualTo(413);
    assertThat(fake.journal().calls()).allSatisfy(call -> assertThat(call.body()).isNull());
  }
}
