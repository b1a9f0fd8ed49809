package io.journeydsl.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.RecordedCall;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The journal of a long-running fake stays within its bounds, dropping the oldest calls and counting them. */
class BoundedJournalTest {

  @Property(tries = 30)
  void theJournalKeepsTheNewestCallsWithinItsCountBound(@ForAll @IntRange(min = 1, max = 40) int maxCalls,
      @ForAll @IntRange(min = 0, max = 120) int calls) throws InterruptedException {
    FakeJourneyApi fake = FakeJourneyApi.builder().journalLimits(maxCalls, Long.MAX_VALUE).build();
    JourneyClient client = fake.client();
    for (int i = 0; i < calls; i++) {
      client.segments().list();
    }
    List<RecordedCall> kept = fake.journal().calls();
    assertThat(kept).hasSize(Math.min(calls, maxCalls));
    assertThat(fake.journal().dropped()).isEqualTo(Math.max(0, calls - maxCalls));
    if (!kept.isEmpty()) {
      assertThat(kept.get(kept.size() - 1).sequence()).isEqualTo(calls);
      assertThat(fake.journal().takeCall(Duration.ZERO).orElseThrow().sequence()).isEqualTo(kept.get(0).sequence());
    }
  }

  @Property(tries = 10)
  void largeBodiesAreDroppedByTheByteBound(@ForAll @IntRange(min = 1, max = 30) int posts) {
    FakeJourneyApi fake = FakeJourneyApi.builder().journalLimits(1_000, 64 * 1024).build();
    JourneyClient client = fake.client();
    String description = "d".repeat(2_000);
    for (int i = 0; i < posts; i++) {
      try {
        client.segments().create(io.journeydsl.Journey.segment("s" + i).description(description)
            .color("#112233").build());
      } catch (RuntimeException rejectedIsFine) {
        // Accepted or not, the call is journaled; only the bound matters here.
      }
    }
    long held = fake.journal().calls().stream().mapToLong(c -> c.body() == null ? 0 : c.body().length()).sum();
    assertThat(held * 2).isLessThanOrEqualTo(64 * 1024);
    assertThat(fake.journal().size() + fake.journal().dropped()).isEqualTo(posts);
  }
}
