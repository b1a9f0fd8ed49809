package io.journeydsl.feign;

import io.journeydsl.client.JourneyClient;

/**
 * Run in a child JVM by {@link ApacheClientIsOptionalTest} on a class path without any Apache
 * HttpClient 5 or {@code feign-hc5} jar: logs in and makes calls with the default (JDK) client.
 * Exits 0 only when every call answered as expected.
 */
public final class JdkOnlyMain {
  private JdkOnlyMain() {}

  public static void main(String[] args) {
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", x -> StubHttpServer.Reply.json(200, "{\"access_token\":\"jdk-token\",\"expires_in\":3600}"))
        .on("/api", x -> StubHttpServer.Reply.json(200, "{\"entities\":[]}"));
         JourneyClient client = FeignJourneyTransport.builder().baseUrl(stub.baseUri())
             .credentials(ClientCredentials.of("jdk-client", "jdk-secret")).buildClient()) {
      if (!client.segments().list().entitiesOrEmpty().isEmpty()) {
        System.exit(3);
      }
    }
  }
}
