package io.journeydsl.feign;

import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.tck.HttpJourneyTransportTck;

/**
 * The testkit's transport TCK through {@link FeignJourneyTransport} over the HTTP fake, logged in with
 * the OAuth client-credentials grant: all 24 operations and their errors.
 */
class FeignTransportTckTest extends HttpJourneyTransportTck {

  /** The HTTP client under test; {@link Hc5FeignTransportTckTest} runs the TCK again over Apache HttpClient 5. */
  protected TransportHttpClient httpClient() {
    return HttpClients.jdk();
  }

  @Override
  protected JourneyTransport transport(FakeJourneyServer server) {
    return FeignJourneyTransport.builder()
        .baseUrl(server.baseUri())
        .httpClient(httpClient())
        .credentials(ClientCredentials.of(CLIENT_ID, CLIENT_SECRET))
        .retryPolicy(RetryPolicy.none())
        .build();
  }
}
