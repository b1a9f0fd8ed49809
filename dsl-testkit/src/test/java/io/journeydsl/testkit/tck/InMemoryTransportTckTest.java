package io.journeydsl.testkit.tck;

import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;

/** The TCK through {@code JourneyClient} straight over the in-memory fake: the reference behaviour. */
class InMemoryTransportTckTest extends JourneyTransportTck {

  @Override
  protected JourneyTransport transport(FakeJourneyApi fake) {
    return fake;
  }
}
