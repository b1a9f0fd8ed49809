package io.journeydsl.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeJourneyApiExtension.class)
class FakeJourneyApiExtensionTest {

  @Test
  void injectsAFreshFakeAndAClientOverIt(FakeJourneyApi fake, JourneyClient client) {
    assertThat(fake.segments()).isEmpty();
    client.segments().create(b -> b.displayName("One"));
    assertThat(fake.segments()).hasSize(1);
  }

  @Test
  void eachTestGetsItsOwnFake(FakeJourneyApi fake) {
    assertThat(fake.segments()).isEmpty();
    fake.client().segments().create(b -> b.displayName("Two"));
  }

  @Nested
  class InANestedClass {
    @Test
    void injectionStillWorksAndTheServerServesTheSameFake(FakeJourneyApi fake, FakeJourneyServer server) {
      assertThat(server.api()).isSameAs(fake);
      assertThat(server.baseUri().toString()).startsWith("http://127.0.0.1:");
    }
  }
}
