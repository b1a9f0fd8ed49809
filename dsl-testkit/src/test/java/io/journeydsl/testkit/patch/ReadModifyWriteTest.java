package io.journeydsl.testkit.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.ConflictException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code update(id, change)}: read, change, minimal PATCH with the version read, re-read on 409. */
class ReadModifyWriteTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final JourneySegment stored = fake.client().segments().create(s -> s.displayName("Pricing").color("#111111"));

  @Test
  void aConcurrentChangeIsReadAgainAndKept() {
    AtomicInteger patches = new AtomicInteger();
    JourneyClient client = JourneyClient.create(new JourneyTransport() {
      @Override
      public <R> R execute(JourneyOperation<R> operation) {
        if (operation.operation() == Operation.PATCH_JOURNEY_SEGMENT && patches.getAndIncrement() == 0) {
          // Another writer changes the description between our read and our PATCH.
          fake.client().segments().update(stored.id(), s -> s.withDescription("theirs"));
        }
        return fake.execute(operation);
      }
    });

    JourneySegment updated = client.segments().update(stored.id(), s -> s.withColor("#00AA00"));

    assertThat(updated.color()).isEqualTo("#00AA00");
    assertThat(updated.description()).isEqualTo("theirs");
    assertThat(updated.version()).isEqualTo(3);
    assertThat(patches).hasValue(2);
  }

  @Test
  void aChangeThatChangesNothingSendsNothing() {
    JourneySegment same = fake.client().segments().update(stored.id(), s -> s.withColor("#111111"));

    assertThat(same).isEqualTo(stored);
    assertThat(fake.journal().calls()).extracting(c -> c.operation()).doesNotContain(Operation.PATCH_JOURNEY_SEGMENT);
  }

  @Test
  void everyAttemptLosingToAnotherWriterEndsInTheConflictAfterTenReads() {
    AtomicInteger reads = new AtomicInteger();
    JourneyClient client = JourneyClient.create(new JourneyTransport() {
      @Override
      public <R> R execute(JourneyOperation<R> operation) {
        if (operation.operation() == Operation.GET_JOURNEY_SEGMENT) {
          reads.incrementAndGet();
        } else if (operation.operation() == Operation.PATCH_JOURNEY_SEGMENT) {
          fake.client().segments().update(stored.id(), s -> s.withDescription("theirs " + reads.get()));
        }
        return fake.execute(operation);
      }
    });

    assertThatThrownBy(() -> client.segments().update(stored.id(), s -> s.withColor("#00AA00")))
        .isInstanceOf(ConflictException.class);
    assertThat(reads).hasValue(10);
  }
}
