package io.journeydsl.testkit.layers;

import static io.journeydsl.Journey.segment;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import org.junit.jupiter.api.Test;

/** {@link FakeJourneyApi#client()} borrows the fake: closing the client never closes or clears it. */
class ClosingTheClientTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();

  @Test
  void aClosedClientLeavesTheFakeUsableWithItsState() {
    JourneySegment created;
    try (JourneyClient first = fake.client()) {
      created = first.segments().create(segment("Pricing").isActive(true).build());
    }

    JourneyClient second = fake.client();
    assertThat(second.segments().get(created.id()).displayName()).isEqualTo("Pricing");
    second.segments().create(segment("Checkout").isActive(true).build());
    assertThat(fake.segments()).extracting(JourneySegment::displayName).containsExactly("Pricing", "Checkout");
    assertThat(fake.journal().size()).isEqualTo(3);
  }
}
