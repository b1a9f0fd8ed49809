package io.journeydsl.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Many clients that send headers and then trickle a body must not stop the server for everyone:
 * while more of them are connected than the server has threads, other clients are served, and each
 * trickler is cut off with a 408 error body once the request timeout passes.
 */
class SlowClientsTest {
  private static final int TRICKLERS = 100;

  @Test
  void clientsTricklingBodiesDoNotStopOthersAndAreCutOffWith408() throws Exception {
    FakeJourneyApi fake = FakeJourneyApi.create();
    try (FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken("tok-abcdef")
        .requestTimeout(Duration.ofSeconds(3)).start()) {
      List<Socket> tricklers = new ArrayList<>();
      try {
        for (int i = 0; i < TRICKLERS; i++) {
          Socket socket = new Socket("127.0.0.1", server.port());
          socket.setSoTimeout(15_000);
          socket.getOutputStream().write(("POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\n"
              + "Authorization: Bearer tok-abcdef\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
          tricklers.add(socket);
        }
        trickle(tricklers);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v2/journey/segments"))
            .header("Authorization", "Bearer tok-abcdef").timeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 20; i++) {
          assertThat(client.send(list, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
          trickle(tricklers);
        }

        int cutOff = 0;
        for (Socket socket : tricklers) {
          String answer = readAll(socket);
          if (answer.startsWith("HTTP/1.1 408")) {
            assertThat(answer).contains("\"code\":\"request.timeout\"").contains("application/json");
            cutOff++;
          }
        }
        assertThat(cutOff).isEqualTo(TRICKLERS);
      } finally {
        for (Socket socket : tricklers) {
          socket.close();
        }
      }
    }
  }

  /** One more byte from every trickler; a closed connection is fine (the server cut it off). */
  private static void trickle(List<Socket> tricklers) {
    for (Socket socket : tricklers) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write(' ');
        out.flush();
      } catch (IOException cutOffAlready) {
        // The server already answered 408 and closed; readAll will see the answer.
      }
    }
  }

  private static String readAll(Socket socket) {
    StringBuilder text = new StringBuilder();
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      for (int n; (n = in.read(buffer)) > 0; ) {
        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException resetAfterTheAnswer) {
      // Keep what arrived before the reset.
    }
    return text.toString();
  }
}
