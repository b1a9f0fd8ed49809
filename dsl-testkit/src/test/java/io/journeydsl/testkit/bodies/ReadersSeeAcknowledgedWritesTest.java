package io.journeydsl.testkit.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readers GET one segment over HTTP while a writer PATCHes it: no reader ever gets a version older
 * than the last PATCH acknowledged before its GET started, and every body a reader gets is byte for
 * byte the body the PATCH of that version answered.
 */
class ReadersSeeAcknowledgedWritesTest {
  private static final int PATCHES = 60;
  private static final int READERS = 3;

  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final FakeJourneyServer server = FakeJourneyServer.start(fake);
  private final Wire wire = new Wire(server);

  @AfterEach
  void stop() {
    server.close();
  }

  private static int version(String body) {
    try {
      return JourneyJson.mapper().readTree(body).get("version").asInt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noReaderGetsAVersionOlderThanTheLastAcknowledgedPatch() throws Exception {
    Wire.Reply created = wire.post("/api/v2/journey/segments", "{\"displayName\":\"S\",\"description\":\"0\"}");
    String path = "/api/v2/journey/segments/" + JourneyJson.mapper().readTree(created.body()).get("id").asText();
    Map<Integer, String> answeredByWrites = new ConcurrentHashMap<>(Map.of(1, created.body()));
    Map<Integer, String> seenByReaders = new ConcurrentHashMap<>();
    AtomicInteger acknowledged = new AtomicInteger(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(READERS);
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      readers.add(pool.submit(() -> {
        int reads = 0;
        while (writing.get()) {
          int atLeast = acknowledged.get();
          Wire.Reply read = wire.get(path);
          assertThat(read.status()).isEqualTo(200);
          assertThat(version(read.body())).as("a GET started after version %d was acknowledged", atLeast)
              .isGreaterThanOrEqualTo(atLeast);
          String other = seenByReaders.putIfAbsent(version(read.body()), read.body());
          assertThat(other == null ? read.body() : other).as("one body per version").isEqualTo(read.body());
          reads++;
        }
        return reads;
      }));
    }
    try {
      for (int v = 1; v <= PATCHES; v++) {
        Wire.Reply patched = wire.patch(path, "{\"version\":" + v + ",\"displayName\":\"S\",\"description\":\"" + v + "\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        answeredByWrites.put(v + 1, patched.body());
        acknowledged.set(v + 1);
      }
    } finally {
      writing.set(false);
    }
    int reads = 0;
    for (Future<Integer> reader : readers) {
      reads += reader.get();
    }
    pool.shutdown();

    assertThat(reads).isPositive();
    seenByReaders.forEach((version, body) -> assertThat(body).isEqualTo(answeredByWrites.get(version)));
    assertThat(wire.get(path).body()).isEqualTo(answeredByWrites.get(PATCHES + 1));
  }
}
