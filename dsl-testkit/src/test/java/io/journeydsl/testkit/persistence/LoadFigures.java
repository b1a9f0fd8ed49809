package io.journeydsl.testkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.Journey;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of speed but the run that measures it (soak mode only, {@code -Djourney.soak=true}):
 * the served fake with a state file and 5,000 stored segments, 8 client threads over loopback HTTP,
 * writes (POST and PATCH) then reads (GET by id), then reads again while 100 clients trickle
 * bodies. Prints requests, req/s, p50, p99 and errors per phase for docs/reliability.md; asserts only
 * that nothing failed.
 */
@EnabledIfSystemProperty(named = "journey.soak", matches = "true")
class LoadFigures {
  private static final int OBJECTS = 5_000;
  private static final int THREADS = 8;
  private static final Duration PHASE = Duration.ofSeconds(Long.getLong("journey.soak.phaseSeconds", 15));

  @TempDir
  Path dir;

  @Test
  void measure() throws Exception {
    FakeJourneyApi fake = FakeJourneyApi.builder().stateFile(dir.resolve("state.json")).build();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < OBJECTS; i++) {
      ids.add(fake.client().segments().create(Journey.segment("Seeded " + i).color("#112233").build()).id());
    }
    // Version each seeded segment will have before its next PATCH: 1 after the create.
    AtomicIntegerArray versions = new AtomicIntegerArray(OBJECTS);
    try (FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken("load-token").start()) {
      HttpClient http = HttpClient.newBuilder().build();
      String base = server.baseUri().toString();
      System.out.println("| phase | requests | req/s | p50 ms | p99 ms | errors |");
      System.out.println("|---|---|---|---|---|---|");
      report("writes (POST + PATCH), 5,000 stored", run((thread, i) -> {
        if (i % 2 == 0) {
          return send(http, HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Load " + thread + "-" + i + "\",\"color\":\"#112233\"}")));
        }
        // Each thread patches only segments it owns, so it knows their versions and every PATCH is one request.
        int index = (thread + THREADS * (i / 2)) % OBJECTS;
        String id = ids.get(index);
        int status = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments/" + id))
            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Seeded " + index
                + "\",\"description\":\"" + i + "\",\"version\":" + versions.incrementAndGet(index) + "}")));
        return status;
      }));
      report("reads (GET by id)", run((thread, i) -> send(http,
          HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments/" + ids.get((thread * 31 + i) % OBJECTS))).GET())));
      List<Socket> tricklers = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.getOutputStream().write(("POST /api/v2/journey/segments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer load-token\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        tricklers.add(socket);
      }
      Thread trickle = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          for (Socket socket : tricklers) {
            try {
              OutputStream out = socket.getOutputStream();
              out.write(' ');
              out.flush();
            } catch (java.io.IOException cutOff) {
              // Answered 408 and closed by the server: as intended.
            }
          }
          try {
            Thread.sleep(1_000);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      trickle.start();
      report("reads while 100 clients trickle bodies", run((thread, i) -> send(http,
          HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments/" + ids.get((thread * 31 + i) % OBJECTS))).GET())));
      trickle.interrupt();
      for (Socket socket : tricklers) {
        socket.close();
      }
    }
    fake.close();
  }

  /** One request of a phase: returns the HTTP status. */
  @FunctionalInterface
  interface Call {
    int call(int thread, int iteration) throws Exception;
  }

  record Figures(int requests, double perSecond, double p50, double p99, int errors) {}

  private static Figures run(Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicInteger errors = new AtomicInteger();
    long end = System.nanoTime() + PHASE.toNanos();
    List<Future<long[]>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      results.add(pool.submit(() -> {
        long[] latencies = new long[1 << 20];
        int n = 0;
        for (int i = 0; System.nanoTime() < end && n < latencies.length; i++) {
          long t0 = System.nanoTime();
          int status;
          try {
            status = call.call(thread, i);
          } catch (Exception e) {
            status = -1;
          }
          latencies[n++] = System.nanoTime() - t0;
          if (status != 200) {
            errors.incrementAndGet();
          }
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> result : results) {
      for (long latency : result.get()) {
        all.add(latency);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    all.sort(null);
    return new Figures(all.size(), all.size() / seconds, all.get(all.size() / 2) / 1e6,
        all.get((int) (all.size() * 0.99)) / 1e6, errors.get());
  }

  private static HttpRequest authorized(HttpRequest.Builder builder) {
    return builder.header("Authorization", "Bearer load-token").header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30)).build();
  }

  private static int send(HttpClient http, HttpRequest.Builder builder) throws Exception {
    return http.send(authorized(builder), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static void report(String phase, Figures figures) {
    System.out.printf("| %s | %d | %.0f | %.2f | %.2f | %d |%n", phase, figures.requests(), figures.perSecond(),
        figures.p50(), figures.p99(), figures.errors());
    assertThat(figures.errors()).as(phase).isZero();
  }
}
