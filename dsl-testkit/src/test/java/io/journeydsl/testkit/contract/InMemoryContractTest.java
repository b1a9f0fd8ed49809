package io.journeydsl.testkit.contract;

import io.journeydsl.testkit.FakeJourneyApi;

/** The contract through {@code JourneyClient} over the in-memory fake. */
class InMemoryContractTest extends JourneyApiContract {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().seed(7).build();
  private final ApiDriver driver = new JourneyClientDriver(fake.client());

  @Override
  FakeJourneyApi fake() {
    return fake;
  }

  @Override
  ApiDriver driver() {
    return driver;
  }
}
