package io.journeydsl.testkit.layers;

import static io.journeydsl.Journey.segment;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.function.Supplier;

/**
 * What a user of the in-memory fake alone does: build a fake, create a segment through its client and
 * list it. Loaded by {@link JettyFreeLoader} in {@link InMemoryFakeLoadsNoJettyTest}; answers the
 * number of segments listed.
 */
public final class InMemoryScenario implements Supplier<Integer> {
  @Override
  public Integer get() {
    FakeJourneyApi fake = FakeJourneyApi.create();
    try (JourneyClient client = fake.client()) {
      client.segments().create(segment("Pricing").isActive(true).build());
      return client.segments().list().entitiesOrEmpty().size();
    }
  }
}
