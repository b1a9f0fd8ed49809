package io.journeydsl.feign;

import io.journeydsl.client.JourneyClient;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a child JVM by {@link NoSlf4jProviderTest}: drives every path of the transport that logs
 * (token requests, a rejected token, retries, an error) against a stub, and prints nothing itself,
 * so whatever reaches stderr came from the transport or from SLF4J.
 */
public final class QuietWithoutProviderMain {
  private QuietWithoutProviderMain() {}

  public static void main(String[] args) {
    AtomicInteger apiCalls = new AtomicInteger();
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", x -> StubHttpServer.Reply.json(200, "{\"access_token\":\"quiet-token\",\"expires_in\":3600}"))
        .on("/api", x -> switch (apiCalls.incrementAndGet()) {
          case 1 -> StubHttpServer.Reply.json(401, "{\"code\":\"bad.credentials\"}");
          case 2 -> StubHttpServer.Reply.json(503, "{}");
          case 3 -> StubHttpServer.Reply.json(200, "{\"entities\":[]}");
          default -> StubHttpServer.Reply.json(404, "{\"code\":\"not.found\"}");
        });
         JourneyClient client = FeignJourneyTransport.builder().baseUrl(stub.baseUri())
             .credentials(ClientCredentials.of("quiet-client", "quiet-secret")).sleeper(d -> { }).buildClient()) {
      client.segments().list();
      try {
        client.segments().get("missing");
      } catch (io.journeydsl.error.NotFoundException expected) {
        // the error path is exercised; the test only looks at stderr
      }
    }
  }
}
