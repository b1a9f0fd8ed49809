package io.journeydsl.benchmarks;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.model.Listing;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calls through {@link JourneyClient} on the in-memory {@link FakeJourneyApi}: the whole path of a
 * call (operation built and checked, request body written to JSON for the journal, the fake's model
 * checks, store under its lock, response converted back to the model), no sockets.
 *
 * <p>The fake journals every call and keeps every created object. To keep memory flat, the GET
 * benchmarks clear the journal and the POST benchmark resets the whole fake every
 * {@value #RESET_EVERY} calls; that clearing is inside the measured time, amortised over those calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FakeClientBenchmark {
  /** Calls between two resets of the fake. */
  public static final int RESET_EVERY = 4096;
  private static final int STORED = 100;

  private FakeJourneyApi fake;
  private JourneyClient client;
  private JourneySegment body;
  private List<String> ids;
  private int calls;
  private int next;

  /** A fresh fake with {@value #STORED} segments; the first segment of the base bundle as POST body. */
  @Setup(Level.Iteration)
  public void setUp() {
    fake = FakeJourneyApi.create();
    client = fake.client();
    body = MixedBundles.base().segments().get(0);
    ids = new ArrayList<>();
    for (int i = 0; i < STORED; i++) {
      ids.add(client.segments().create(JourneySegment.builder().from(body).displayName("Segment " + i).build()).id());
    }
    fake.journal().clear();
    calls = 0;
  }

  private void afterRead() {
    if (++calls == RESET_EVERY) {
      fake.journal().clear();
      calls = 0;
    }
  }

  private void afterWrite() {
    if (++calls == RESET_EVERY) {
      fake.reset();
      calls = 0;
    }
  }

  /** {@code GET /api/v2/journey/segments/{segmentId}} of a stored segment. */
  @Benchmark
  public JourneySegment getSegment() {
    afterRead();
    next = (next + 1) % STORED;
    return client.segments().get(ids.get(next));
  }

  /** {@code GET /api/v2/journey/segments}: the first page of 25 of {@value #STORED} segments. */
  @Benchmark
  public Listing<JourneySegment> listSegments() {
    afterRead();
    return client.segments().list();
  }

  /** {@code POST /api/v2/journey/segments} of a realistic segment (context and journey patterns). */
  @Benchmark
  public JourneySegment createSegment() {
    afterWrite();
    return client.segments().create(body);
  }
}
