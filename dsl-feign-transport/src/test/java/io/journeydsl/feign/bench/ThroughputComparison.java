package io.journeydsl.feign.bench;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.JourneyApi;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A measured run, not a test: requests per second of this transport and of the official SDK's
 * {@code JourneyApi} against the same loopback fake, same operations, same thread count. Run it from
 * the test classpath: {@code java -cp ... io.journeydsl.feign.bench.ThroughputComparison [threads] [seconds]}.
 */
public final class ThroughputComparison {
  private ThroughputComparison() {}

  /** One client call under measurement. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    Duration pass = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
    FakeJourneyApi fake = FakeJourneyApi.create();
    try (FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken("bench").start()) {
      String segmentId = fake.client().segments().create(s -> s.displayName("Bench").isActive(true)).id();
      try (JourneyClient feign = FeignJourneyTransport.builder().baseUrl(server.baseUri()).bearerToken("bench").buildClient()) {
        ApiClient sdkClient = ApiClient.Builder.standard().withBasePath(server.baseUri().toString()).withAccessToken("bench").build();
        JourneyApi sdk = new JourneyApi(sdkClient);
        int[] n = {0};
        Call feignGet = () -> feign.segments().get(segmentId);
        Call sdkGet = () -> sdk.getJourneySegment(segmentId);
        Call feignPost = () -> feign.segments().create(s -> s.displayName("F" + Thread.currentThread().getId() + "-" + (n[0]++)));
        Call sdkPost = () -> sdk.postJourneySegments(new com.mypurecloud.sdk.v2.model.JourneySegment()
            .displayName("S" + Thread.currentThread().getId() + "-" + (n[0]++)));
        for (int round = 1; round <= 2; round++) {
          String label = round == 1 ? "warm-up" : "measured";
          report(label, "GET  journey-dsl Feign", measure(feignGet, threads, pass));
          report(label, "GET  official SDK     ", measure(sdkGet, threads, pass));
          report(label, "POST journey-dsl Feign", measure(feignPost, threads, pass));
          report(label, "POST official SDK     ", measure(sdkPost, threads, pass));
        }
        sdkClient.close();
      }
    }
  }

  private static void report(String round, String what, double perSecond) {
    System.out.printf("%-8s %s %,10.0f req/s%n", round, what, perSecond);
  }

  private static double measure(Call call, int threads, Duration pass) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder done = new LongAdder();
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      workers.add(pool.submit(() -> {
        while (!stop.get()) {
          call.run();
          done.increment();
        }
        return null;
      }));
    }
    Thread.sleep(pass.toMillis());
    stop.set(true);
    for (Future<?> w : workers) {
      w.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    return done.sum() / (elapsed / 1e9);
  }
}
