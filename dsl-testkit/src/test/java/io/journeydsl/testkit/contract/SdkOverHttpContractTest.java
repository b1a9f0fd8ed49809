package io.journeydsl.testkit.contract;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import org.junit.jupiter.api.AfterEach;

/** The contract through the official Genesys Java SDK over the HTTP fake. */
class SdkOverHttpContractTest extends JourneyApiContract {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().seed(11).build();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken("contract-token").start();
  private final SdkDriver driver = new SdkDriver(server.baseUri().toString(), "contract-token");

  @AfterEach
  void stop() throws Exception {
    driver.apiClient().close();
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
