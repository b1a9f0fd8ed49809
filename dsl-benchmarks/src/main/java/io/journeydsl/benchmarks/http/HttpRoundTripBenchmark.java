package io.journeydsl.benchmarks.http;

import io.journeydsl.benchmarks.MixedBundles;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HTTP round trips against the loopback fake ({@link FakeJourneyApi#serve}) holding 100 segments, in
 * the same JVM as the client: journey-dsl's {@code JourneyClient} over Feign with the JDK client and
 * with Apache HttpClient 5, the official SDK's {@code JourneyApi}, and each underlying HTTP client
 * bare (bytes only) as the limit of its path. Run with {@code -t 1} and {@code -t 4}; every thread
 * shares one client, as an application would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class HttpRoundTripBenchmark {
  private static final int STORED = 100;

  @Param({"feign-jdk", "feign-hc5", "sdk", "bare-jdk", "bare-hc5", "bare-hc4"})
  public String client;

  private final AtomicLong names = new AtomicLong();
  private FakeJourneyApi fake;
  private FakeJourneyServer server;
  private Caller caller;
  private String storedId;

  /** The fake with {@value #STORED} realistic segments, served on loopback; the chosen client over it. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    fake = FakeJourneyApi.create();
    JourneySegment body = MixedBundles.base().segments().get(0);
    storedId = MixedBundles.storeSegments(fake, STORED);
    server = fake.serve(ServerOptions.defaults().withBearerToken(Wire.TOKEN));
    Wire wire = new Wire(server.baseUri(), body);
    caller = Caller.of(client, wire);
  }

  /** The fake journals every call: cleared between iterations so memory stays flat. */
  @Setup(Level.Iteration)
  public void clearJournal() {
    fake.journal().clear();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    caller.close();
    server.close();
  }

  /** GET one stored segment. */
  @Benchmark
  public Object getOne() throws Exception {
    return caller.getOne(storedId);
  }

  /** GET a page of 100 segments. */
  @Benchmark
  public Object listPage100() throws Exception {
    return caller.listPage100();
  }

  /** POST a new segment, then DELETE it (two round trips; the store stays at {@value #STORED}). */
  @Benchmark
  public Object postDelete() throws Exception {
    return caller.postDelete(client + "-" + names.incrementAndGet());
  }
}
