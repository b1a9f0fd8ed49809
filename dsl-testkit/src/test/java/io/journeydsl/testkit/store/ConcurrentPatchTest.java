package io.journeydsl.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.ConflictException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many threads patch the same segments with read-modify-write loops: no update is lost. */
class ConcurrentPatchTest {

  @Test
  void versionsStrictlyIncreaseAndExactlyOneOfTwoSameVersionPatchesWins() throws Exception {
    FakeJourneyApi fake = FakeJourneyApi.create();
    JourneyClient client = fake.client();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(client.segments().create(b -> b.displayName("S")).id());
    }
    int threads = 8;
    int updatesPerThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger conflicts = new AtomicInteger();
    ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        go.await();
        for (int n = 0; n < updatesPerThread; n++) {
          String id = ids.get(n % ids.size());
          while (true) {
            JourneySegment current = client.segments().get(id);
            try {
              JourneySegment next = client.segments().patch(id, p -> p.displayName("S").version(current.version())
                  .description(String.valueOf(current.version())));
              assertThat(next.version()).isEqualTo(current.version() + 1);
              seen.add(next.version());
              break;
            } catch (ConflictException lost) {
              conflicts.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    int total = 0;
    for (String id : ids) {
      total += client.segments().get(id).version() - 1;
    }
    assertThat(total).as("every successful PATCH is counted once").isEqualTo(threads * updatesPerThread);
    assertThat(seen).hasSize(threads * updatesPerThread);
  }
}
