package io.journeydsl.testkit.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes of an entity on the wire, pinned: field order, number and date spelling, nested
 * objects. A GET answers byte for byte what the write that stored the version answered, on the first
 * GET and on every later one (the fake keeps a version's bytes once written).
 */
class ServedBytesTest {
  private static final String CREATED = "{\"id\":\"segment-1\",\"isActive\":true,\"displayName\":\"Pricing\",\"version\":1,"
      + "\"description\":\"Visitors of the pricing page\",\"color\":\"#1E88E5\","
      + "\"shouldDisplayToAgent\":false,"
      + "\"journey\":{\"patterns\":[{\"criteria\":[{\"key\":\"page.url\",\"values\":[\"/pricing\"],"
      + "\"shouldIgnoreCase\":true,\"operator\":\"containsAll\"}],\"count\":2,\"streamType\":\"Web\","
      + "\"sessionType\":\"web\"}]},\"selfUri\":\"/api/v2/journey/segments/segment-1\","
      + "\"createdDate\":\"2026-03-01T10:15:30.500Z\","
      + "\"modifiedDate\":\"2026-03-01T10:15:30.500Z\"}";
  private static final String PATCHED = "{\"id\":\"segment-1\",\"isActive\":true,\"displayName\":\"Pricing\",\"version\":2,"
      + "\"color\":\"#43A047\",\"shouldDisplayToAgent\":false,"
      + "\"journey\":{\"patterns\":[{\"criteria\":[{\"key\":\"page.url\",\"values\":[\"/pricing\"],"
      + "\"shouldIgnoreCase\":true,\"operator\":\"containsAll\"}],\"count\":2,\"streamType\":\"Web\","
      + "\"sessionType\":\"web\"}]},\"selfUri\":\"/api/v2/journey/segments/segment-1\","
      + "\"createdDate\":\"2026-03-01T10:15:30.500Z\","
      + "\"modifiedDate\":\"2026-03-01T10:15:30.500Z\"}";

  private final AtomicInteger ids = new AtomicInteger();
  private final FakeJourneyApi fake = FakeJourneyApi.builder()
      .clock(Clock.fixed(Instant.parse("2026-03-01T10:15:30.5Z"), ZoneOffset.UTC))
      .ids(() -> "segment-" + ids.incrementAndGet())
      .build();
  private final FakeJourneyServer server = FakeJourneyServer.start(fake);
  private final Wire wire = new Wire(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aGetAnswersTheBytesOfItsVersionEveryTime() {
    Wire.Reply created = wire.post("/api/v2/journey/segments", "{\"isActive\":true,\"displayName\":\"Pricing\","
        + "\"color\":\"#1E88E5\",\"description\":\"Visitors of the pricing page\",\"shouldDisplayToAgent\":false,"
        + "\"journey\":{\"patterns\":[{\"criteria\":[{\"key\":\"page.url\",\"values\":[\"/pricing\"],"
        + "\"shouldIgnoreCase\":true,\"operator\":\"containsAll\"}],\"count\":2,\"streamType\":\"Web\","
        + "\"sessionType\":\"web\"}]}}");
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.body()).isEqualTo(CREATED);
    assertThat(wire.get("/api/v2/journey/segments/segment-1").body()).isEqualTo(CREATED);
    assertThat(wire.get("/api/v2/journey/segments/segment-1").body()).isEqualTo(CREATED);

    Wire.Reply patched = wire.patch("/api/v2/journey/segments/segment-1",
        "{\"version\":1,\"displayName\":\"Pricing\",\"description\":null,\"color\":\"#43A047\"}");
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.body()).isEqualTo(PATCHED);
    assertThat(wire.get("/api/v2/journey/segments/segment-1").body()).isEqualTo(PATCHED);
    assertThat(wire.get("/api/v2/journey/segments/segment-1").body()).isEqualTo(PATCHED);
  }
}
