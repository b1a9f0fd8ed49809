package io.journeydsl.testkit.layers;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.util.function.Supplier;

/**
 * Serves a fake over HTTP and stops it: the control of {@link InMemoryFakeLoadsNoJettyTest}, showing
 * that {@link JettyFreeLoader} does see Jetty when Jetty is used. Answers the port bound.
 */
public final class ServedScenario implements Supplier<Integer> {
  @Override
  public Integer get() {
    try (FakeJourneyServer server = FakeJourneyServer.start(FakeJourneyApi.create())) {
      return server.port();
    }
  }
}
