package io.journeydsl.testkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.json.JourneyJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a served fake with a state file at random moments under concurrent writes:
 * after each restart every acknowledged create is there, with at least the acknowledged version.
 * Three rounds in the build; {@code -Djourney.soak.rounds=N} runs more (see docs/reliability.md).
 * The seed is printed, and {@code -Djourney.soak.seed=S} replays a run's kill times.
 */
class KillNineTest {
  private static final int CLIENTS = 4;

  @TempDir
  Path dir;

  @Test
  void noAcknowledgedWriteIsLostToSigkill() throws Exception {
    int rounds = Integer.getInteger("journey.soak.rounds", 3);
    long seed = Long.getLong("journey.soak.seed", System.nanoTime());
    Random random = new Random(seed);
    Path state = dir.resolve("state.json");
    Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger writes = new AtomicInteger();
    for (int round = 0; round < rounds; round++) {
      try (ChildServer server = ChildServer.start(state)) {
        assertAllPresent(server.port(), acknowledged, seed, round);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
          String prefix = "r" + round + "c" + c + "-";
          long clientSeed = random.nextLong();
          clients.submit(() -> write(server.port(), prefix, new Random(clientSeed), running, acknowledged, writes));
        }
        // Kill at a random moment once writes flow (a cold JVM on a busy machine takes a while to start).
        int before = writes.get();
        for (int waited = 0; writes.get() == before && waited < 200; waited++) {
          Thread.sleep(50);
        }
        Thread.sleep(random.nextInt(1_500));
        server.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      }
    }
    try (ChildServer server = ChildServer.start(state)) {
      assertAllPresent(server.port(), acknowledged, seed, rounds);
    }
    System.out.printf("KillNineTest seed=%d rounds=%d acknowledged writes=%d lost=0%n", seed, rounds, writes.get());
    assertThat(writes.get()).isPositive();
  }

  /** Creates segments and patches some of them until stopped; records each acknowledged id and version. */
  private static void write(int port, String prefix, Random random, AtomicBoolean running, Map<String, Integer> acknowledged,
      AtomicInteger writes) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Map<String, Integer> mine = new HashMap<>();
    for (int i = 0; running.get(); i++) {
      try {
        if (!mine.isEmpty() && random.nextInt(3) == 0) {
          String id = mine.keySet().iterator().next();
          int version = mine.get(id);
          JsonNode patched = send(http, port, "PATCH", "/api/v2/journey/segments/" + id,
              "{\"displayName\":\"" + prefix + "p" + i + "\",\"version\":" + version + "}");
          if (patched != null) {
            mine.put(id, patched.path("version").asInt());
            acknowledged.put(id, patched.path("version").asInt());
            writes.incrementAndGet();
          }
        } else {
          JsonNode created = send(http, port, "POST", "/api/v2/journey/segments",
              "{\"displayName\":\"" + prefix + i + "\",\"color\":\"#112233\"}");
          if (created != null) {
            String id = created.path("id").asText();
            mine.clear();
            mine.put(id, created.path("version").asInt());
            acknowledged.put(id, created.path("version").asInt());
            writes.incrementAndGet();
          }
        }
      } catch (IOException | InterruptedException killed) {
        return;
      }
    }
  }

  private static JsonNode send(HttpClient http, int port, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer any").header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? JourneyJson.mapper().readTree(response.body()) : null;
  }

  private static void assertAllPresent(int port, Map<String, Integer> acknowledged, long seed, int round) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Integer> stored = new HashMap<>();
    for (int page = 1; ; page++) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/api/v2/journey/segments?pageSize=100&pageNumber=" + page)).header("Authorization", "Bearer any").build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode listing = JourneyJson.mapper().readTree(response.body());
      listing.path("entities").forEach(e -> stored.put(e.path("id").asText(), e.path("version").asInt()));
      if (page >= listing.path("pageCount").asInt()) {
        break;
      }
    }
    acknowledged.forEach((id, version) -> assertThat(stored.get(id))
        .as("acknowledged segment %s (version %d) after restart %d, seed %d", id, version, round, seed)
        .isNotNull().isGreaterThanOrEqualTo(version));
  }
}
