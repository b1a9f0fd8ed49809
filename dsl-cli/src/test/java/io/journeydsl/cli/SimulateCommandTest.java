package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.json.JourneyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final String SESSIONS = """
      { "frequencyCap": { "afterRejection": true },
        "visitors": [
          { "id": "ann", "context": { "device.category": "desktop" },
            "responses": { "*": "rejected" },
            "sessions": [ { "id": "s1", "type": "web", "events": [
              { "at": "2026-03-10T10:00:00Z", "page": "https://shop.example.com/pricing", "title": "Pricing" },
              { "at": "2026-03-10T10:00:30Z", "page": "https://shop.example.com/pricing" },
              { "at": "2026-03-10T10:01:00Z", "event": "added_to_cart", "attributes": { "cartValue": "120" } } ] } ] },
          { "id": "max", "context": { "device.category": "mobile" },
            "sessions": [ { "id": "m1", "events": [
              { "at": "2026-03-10T11:00:00Z", "page": "https://shop.example.com/checkout" } ] } ] } ] }
      """;

  @TempDir
  Path dir;
  Path bundle;
  Path sessions;

  @BeforeEach
  void files() throws Exception {
    bundle = Files.writeString(dir.resolve("bundle.json"), DemoConfig.create().toJson(), StandardCharsets.UTF_8);
    sessions = Files.writeString(dir.resolve("sessions.json"), SESSIONS, StandardCharsets.UTF_8);
  }

  @Test
  void printsATimelinePerVisitorWithTheOfferAndWhy() {
    CliRun run = CliRun.of("simulate", bundle.toString(), sessions.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("visitor ann {device.category=desktop}")
        .contains("segments:  Pricing visitors (new: Pricing visitors)")
        .contains("OFFERED:   Offer the sale on pricing [contentOffer 'Spring sale' at 2026-03-10T10:00:45Z]")
        .contains("visitor rejected")
        .contains("visitor max {device.category=mobile}")
        .contains("OFFERED:   Chat with mobile checkouts")
        .contains("2 visitors, 2 offers");
  }

  @Test
  void printsJsonForTools() throws Exception {
    CliRun run = CliRun.of("simulate", "--format", "json", bundle.toString(), sessions.toString());

    JsonNode root = JourneyJson.mapper().readTree(run.out());
    assertThat(run.exit()).isZero();
    assertThat(root.path("offers").asInt()).isEqualTo(2);
    JsonNode step = root.path("visitors").get(0).path("steps").get(1);
    assertThat(step.path("segmentsAssigned").get(0).asText()).isEqualTo("Pricing visitors");
    assertThat(step.path("offers").get(0).path("actionMap").asText()).isEqualTo("Offer the sale on pricing");
    assertThat(step.path("offers").get(0).path("response").asText()).isEqualTo("rejected");
    assertThat(step.path("decisions").get(1).path("documentation").asText()).startsWith("https://");
  }

  @Test
  void aSessionsFileThatDoesNotHoldWhatItShouldIsExit2NamingThePlace() throws Exception {
    Files.writeString(sessions, "{\"visitors\":[{\"id\":\"ann\",\"sessions\":[{\"id\":\"s\",\"events\":[{\"at\":\"yesterday\",\"page\":\"x\"}]}]}]}");

    CliRun run = CliRun.of("simulate", bundle.toString(), sessions.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("sessions.json: $.visitors[0].sessions[0].events[0].at: 'yesterday' is not an ISO-8601 instant");
  }

  @Test
  void aMissingBundleIsExit2() {
    CliRun run = CliRun.of("simulate", dir.resolve("nope.json").toString(), sessions.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("journey simulate: ").contains("nope.json");
  }
}
