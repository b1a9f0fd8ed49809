package io.journeydsl.testkit.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Values the in-memory door hands out are read from the stored JSON without copying it first, so
 * they must share none of its nodes: changing an unknown field's JSON inside a returned model (its
 * nodes are mutable) changes neither what the fake serves over HTTP nor what it hands out next.
 */
class InMemoryValuesShareNothingTest {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().acceptUnknownFields(true).build();
  private final FakeJourneyServer server = FakeJourneyServer.start(fake);
  private final Wire wire = new Wire(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void changingAReturnedModelsUnknownFieldChangesNothingStored() {
    Wire.Reply created = wire.post("/api/v2/journey/segments",
        "{\"displayName\":\"Pricing\",\"futureField\":{\"nested\":{\"level\":1}}}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    JourneySegment stored = fake.segments().get(0);
    String path = "/api/v2/journey/segments/" + stored.id();
    String served = wire.get(path).body();

    for (JourneySegment handedOut : new JourneySegment[] {stored, fake.client().segments().get(stored.id()),
        fake.client().segments().list().entities().get(0)}) {
      JsonNode future = handedOut.unknownFields().get("futureField");
      ((ObjectNode) future.get("nested")).put("level", 99);
      ((ObjectNode) future).put("added", true);
    }

    assertThat(wire.get(path).body()).isEqualTo(served).contains("{\"nested\":{\"level\":1}}");
    assertThat(fake.client().segments().get(stored.id()).unknownFields().get("futureField").toString())
        .isEqualTo("{\"nested\":{\"level\":1}}");
  }
}
