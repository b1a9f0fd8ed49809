package io.journeydsl.testkit.tck;

import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyServer;

/**
 * The TCK through the official Genesys Java SDK over the HTTP fake: the SDK's own requests and
 * response models, adapted to a {@link JourneyTransport} by {@link SdkJourneyTransport}.
 */
class SdkOverHttpTckTest extends HttpJourneyTransportTck {

  @Override
  protected JourneyTransport transport(FakeJourneyServer server) {
    return new SdkJourneyTransport(server.baseUri().toString(), ACCESS_TOKEN);
  }
}
