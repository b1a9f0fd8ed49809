package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Requests of a stage run in parallel up to the limit, never beyond it; the listener sees each step. */
class ConcurrencyTest {

  /** Counts the requests in flight at once. */
  static final class InFlight implements JourneyTransport {
    private final JourneyTransport delegate;
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    InFlight(JourneyTransport delegate) {
      this.delegate = delegate;
    }

    @Override
    public <R> R execute(JourneyOperation<R> call) {
      most.accumulateAndGet(now.incrementAndGet(), Math::max);
      try {
        return delegate.execute(call);
      } finally {
        now.decrementAndGet();
      }
    }
  }

  static JourneyConfig segments(int count) {
    JourneyConfig.Builder config = JourneyConfig.builder();
    for (int i = 0; i < count; i++) {
      config.addSegment(Shop.pricing().withDisplayName("Segment " + i));
    }
    return config.build();
  }

  @Property(tries = 8)
  void neverMoreRequestsInFlightThanTheLimit(@ForAll @IntRange(min = 1, max = 6) int limit) {
    FakeJourneyApi fake = FakeJourneyApi.create();
    fake.faults().add(Fault.onAny().always().delay(Duration.ofMillis(2)));
    InFlight counting = new InFlight(fake);
    Deployer deployer = Deployer.builder(JourneyClient.create(counting)).concurrency(limit).build();

    assertThat(deployer.apply(deployer.plan(segments(16))).succeeded()).isTrue();

    assertThat(counting.most.get()).isBetween(1, limit);
    assertThat(fake.segments()).hasSize(16);
  }

  @Property(tries = 10)
  void theListenerSeesEveryRequestStartAndFinishCountingUpToTheTotal(@ForAll @IntRange(min = 1, max = 12) int count) {
    FakeJourneyApi fake = FakeJourneyApi.create();
    List<DeployEvent> events = new ArrayList<>();
    Deployer deployer = Deployer.builder(fake.client()).listener(events::add).build();

    deployer.apply(deployer.plan(segments(count)));

    assertThat(events).filteredOn(e -> e.type() == DeployEvent.Type.STARTED).hasSize(count);
    assertThat(events).filteredOn(e -> e.type() == DeployEvent.Type.SUCCEEDED).extracting(DeployEvent::finished)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
    assertThat(events).allSatisfy(e -> assertThat(e.total()).isEqualTo(count));
  }
}
