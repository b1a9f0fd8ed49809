package io.journeydsl.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.testkit.FakeJourneyApi;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An instance {@code @RegisterExtension} field: a new fake for every test. */
class RegisteredPerTestTest {
  private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
  private static final Set<FakeJourneyApi> SEEN = new HashSet<>();

  @RegisterExtension
  FakeJourneyApiExtension fake = FakeJourneyApiExtension.builder()
      .profile(ApiProfile.CURRENT)
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .configure(b -> b.journalLimits(1, 1 << 20))
      .build();

  @RepeatedTest(2)
  void everyTestHasItsOwnFakeWithTheSwitches(FakeJourneyApi api, JourneyClient client) {
    assertThat(api).isSameAs(fake.api());
    assertThat(SEEN.add(api)).as("a fake no earlier test had").isTrue();
    assertThatThrownBy(() -> client.outcomes().list())
        .isInstanceOfSatisfying(JourneyApiException.class, e -> assertThat(e.status()).isEqualTo(410));
    assertThat(client.segments().create(b -> b.displayName("S")).createdDate()).isEqualTo(NOW);
    assertThat(api.journal().calls()).hasSize(1);
    assertThat(api.journal().dropped()).isEqualTo(1);
  }

  @RepeatedTest(1)
  void withoutHttpTheServerStartsWhenFirstAskedFor() {
    assertThat(fake.baseUri().toString()).startsWith("http://127.0.0.1:");
    assertThat(fake.server().api()).isSameAs(fake.api());
  }
}
