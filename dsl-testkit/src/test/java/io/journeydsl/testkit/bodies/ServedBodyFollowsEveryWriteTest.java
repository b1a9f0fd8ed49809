package io.journeydsl.testkit.bodies;

import static io.journeydsl.Journey.contentOfferTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GET over HTTP answers an entity as it is now, whatever changed it: a PATCH, a refused PATCH, a
 * soft or hard DELETE, a write the state file could not keep, a restore, a reset. Each test first
 * GETs the entity, so the fake has written that version's bytes before the change; a GET after the
 * change must answer the new version, byte for byte as the write answered it, and the in-memory door
 * must agree.
 */
class ServedBodyFollowsEveryWriteTest {
  private static final String SEGMENTS = "/api/v2/journey/segments";

  @TempDir
  Path dir;

  private FakeJourneyApi fake = FakeJourneyApi.create();
  private FakeJourneyServer server = FakeJourneyServer.start(fake);
  private Wire wire = new Wire(server);

  @AfterEach
  void stop() {
    server.close();
    fake.close();
  }

  private String createSegment(String name) {
    Wire.Reply created = wire.post(SEGMENTS, "{\"displayName\":\"" + name + "\",\"color\":\"#1E88E5\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    return json(created.body()).get("id").asText();
  }

  private static JsonNode json(String text) {
    try {
      return JourneyJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aGetAfterAPatchAnswersWhatThePatchAnswered() {
    String id = createSegment("Pricing");
    String before = wire.get(SEGMENTS + "/" + id).body();

    Wire.Reply patched = wire.patch(SEGMENTS + "/" + id, "{\"version\":1,\"displayName\":\"Pricing\",\"color\":\"#43A047\"}");

    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.body()).isNotEqualTo(before).contains("\"color\":\"#43A047\"", "\"version\":2");
    assertThat(wire.get(SEGMENTS + "/" + id).body()).isEqualTo(patched.body());
    assertThat(fake.client().segments().get(id).color()).isEqualTo("#43A047");
    assertThat(fake.segments()).extracting(JourneySegment::version).containsExactly(2);
  }

  @Test
  void aRefusedPatchLeavesTheServedBodyAsItWas() {
    String id = createSegment("Pricing");
    String before = wire.get(SEGMENTS + "/" + id).body();

    assertThat(wire.patch(SEGMENTS + "/" + id, "{\"version\":7,\"displayName\":\"Pricing\",\"color\":\"#43A047\"}")
        .status()).isEqualTo(409);

    assertThat(wire.get(SEGMENTS + "/" + id).body()).isEqualTo(before);
  }

  @Test
  void deletesAreServedAtOnce() {
    String segment = createSegment("Pricing");
    String template = fake.client().actionTemplates().create(contentOfferTemplate("Sale",
        o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY).title("Sale")).build()).id();
    String templatePath = "/api/v2/journey/actiontemplates/" + template;
    String live = wire.get(templatePath).body();
    wire.get(SEGMENTS + "/" + segment);

    assertThat(wire.delete(templatePath).status()).isEqualTo(204);
    JsonNode softDeleted = json(wire.get(templatePath).body());
    assertThat(json(live).get("state").asText()).isNotEqualTo("Deleted");
    assertThat(softDeleted.get("state").asText()).isEqualTo("Deleted");
    assertThat(softDeleted.get("version").asInt()).isEqualTo(2);

    assertThat(wire.delete(templatePath + "?hardDelete=true").status()).isEqualTo(204);
    assertThat(wire.get(templatePath).status()).isEqualTo(404);
    assertThat(wire.delete(SEGMENTS + "/" + segment).status()).isEqualTo(204);
    assertThat(wire.get(SEGMENTS + "/" + segment).status()).isEqualTo(404);
  }

  @Test
  void aRestoreServesTheRestoredVersionAndAResetServesNothing() {
    String id = createSegment("Pricing");
    String first = wire.get(SEGMENTS + "/" + id).body();
    String snapshot = fake.snapshot();
    String patched = wire.patch(SEGMENTS + "/" + id, "{\"version\":1,\"displayName\":\"Renamed\"}").body();
    assertThat(wire.get(SEGMENTS + "/" + id).body()).isEqualTo(patched);

    fake.restore(snapshot);
    assertThat(wire.get(SEGMENTS + "/" + id).body()).isEqualTo(first);
    assertThat(fake.client().segments().get(id).displayName()).isEqualTo("Pricing");

    fake.reset();
    assertThat(wire.get(SEGMENTS + "/" + id).status()).isEqualTo(404);
  }

  @Test
  void aPatchTheStateFileCannotKeepLeavesTheServedBodyAsItWas() throws IOException {
    Path full = Path.of("/dev/full");
    assumeThat(Files.exists(full)).as("needs a device that is always full").isTrue();
    server.close();
    Path state = dir.resolve("state.json");
    fake = FakeJourneyApi.builder().stateFile(state).build();
    server = FakeJourneyServer.start(fake);
    wire = new Wire(server);
    String id = createSegment("Pricing");
    String before = wire.get(SEGMENTS + "/" + id).body();
    // Closing releases the log; the next write opens it again and finds a device with no space left.
    fake.close();
    Files.delete(dir.resolve("state.json.log"));
    Files.createSymbolicLink(dir.resolve("state.json.log"), full);

    // The PATCH changes the store, cannot be stored, and is undone: the version before it comes back.
    assertThat(wire.patch(SEGMENTS + "/" + id, "{\"version\":1,\"displayName\":\"Lost\"}").status()).isEqualTo(503);

    assertThat(wire.get(SEGMENTS + "/" + id).body()).isEqualTo(before);
    assertThat(fake.client().segments().get(id).displayName()).isEqualTo("Pricing");
    Files.delete(dir.resolve("state.json.log"));
  }
}
