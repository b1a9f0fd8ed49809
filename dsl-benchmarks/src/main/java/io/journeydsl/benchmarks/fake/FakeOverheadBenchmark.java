package io.journeydsl.benchmarks.fake;

import io.journeydsl.benchmarks.MixedBundles;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
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
 * The fake's own cost: the same requests, from the same bare Apache HttpClient 5, against the HTTP
 * fake and against a bare Jetty handler answering the fake's own response bytes (same size, same
 * content type). The difference is what the fake does per request: auth, decoding the request into
 * an operation, dispatch, journal, store, JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FakeOverheadBenchmark {
  private static final String TOKEN = "bench-token";

  @Param({"fake", "bare-jetty"})
  public String server;

  private FakeJourneyApi fake;
  private AutoCloseable running;
  private CloseableHttpClient http;
  private URI getOne;

  /** Starts the fake with 100 segments, or Jetty with the fake's answer to the GET of one of them. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    fake = FakeJourneyApi.create();
    String id = MixedBundles.storeSegments(fake, 100);
    http = HttpClients.createDefault();
    FakeJourneyServer served = fake.serve(ServerOptions.defaults().withBearerToken(TOKEN));
    URI fakeGet = served.baseUri().resolve("/api/v2/journey/segments/" + id);
    if (server.equals("fake")) {
      running = served;
      getOne = fakeGet;
    } else {
      byte[] canned = get(fakeGet);
      served.close();
      CannedJettyServer jetty = new CannedJettyServer(canned);
      running = jetty;
      getOne = jetty.baseUri().resolve("/api/v2/journey/segments/" + id);
    }
  }

  @Setup(Level.Iteration)
  public void clearJournal() {
    fake.journal().clear();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    http.close();
    running.close();
  }

  private byte[] get(URI uri) throws IOException {
    HttpGet request = new HttpGet(uri);
    request.setHeader("Authorization", "Bearer " + TOKEN);
    return http.execute(request, response -> {
      if (response.getCode() != 200) {
        throw new IllegalStateException("GET " + uri + " answered " + response.getCode());
      }
      return EntityUtils.toByteArray(response.getEntity());
    });
  }

  /** GET one segment: the fake looks it up and writes it; Jetty writes the same bytes. */
  @Benchmark
  public byte[] getOne() throws IOException {
    return get(getOne);
  }
}
