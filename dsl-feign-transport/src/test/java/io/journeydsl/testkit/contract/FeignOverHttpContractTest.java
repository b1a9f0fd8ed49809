package io.journeydsl.testkit.contract;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.feign.RetryPolicy;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import org.junit.jupiter.api.AfterEach;

/**
 * The testkit's contract suite through {@link FeignJourneyTransport} over the HTTP fake, logged in
 * with the OAuth client-credentials grant: all 24 operations and their errors.
 */
class FeignOverHttpContractTest extends JourneyApiContract {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().seed(13).build();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake)
      .clientCredentials("contract-client", "contract-secret").start();
  private final JourneyClient client = FeignJourneyTransport.builder()
      .baseUrl(server.baseUri())
      .credentials(ClientCredentials.of("contract-client", "contract-secret"))
      .retryPolicy(RetryPolicy.none())
      .buildClient();
  private final ApiDriver driver = new JourneyClientDriver(client);

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Override
  FakeJourneyApi fake() {
    return fake;
  }

  @Override
  ApiDriver driver() {
    return driver;
  }
}
