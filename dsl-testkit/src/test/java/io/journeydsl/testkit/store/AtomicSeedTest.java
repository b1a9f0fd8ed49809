package io.journeydsl.testkit.store;

import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.journeydsl.Journey;
import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seed(bundle)} stores the whole bundle or nothing, and names what it rejected. */
class AtomicSeedTest {

  private static ActionTemplate template(String name) {
    return contentOfferTemplate(name, o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY)
        .title(name)).build();
  }

  private static ActionMap.Builder map(String name, String segmentName) {
    return Journey.actionMap(name).triggerWithSegments(Ref.segment(segmentName))
        .pageUrlConditions(url().contains("/pricing"))
        .action(contentOffer(Ref.actionTemplate("Sale")));
  }

  /** Two templates, two segments, an outcome and three action maps, the last one given. */
  private static JourneyConfig bundle(ActionMap last) {
    return JourneyConfig.of(template("Sale"), template("Welcome"),
        segment("Pricing").isActive(true), segment("Returning"), outcome("Bought"),
        map("Greet", "Returning"), map("Nudge", "Pricing"), last);
  }

  private static BadRequestException rejected(FakeJourneyApi fake, JourneyConfig bundle) {
    BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> fake.seed(bundle));
    assertThat(e).as("seeding an invalid bundle is a 400").isNotNull();
    return e;
  }

  @Test
  void aBundleWhoseLastActionMapIsInvalidLeavesTheFakeEmptyAndNamesTheMapAndPath() {
    FakeJourneyApi fake = FakeJourneyApi.create();
    BadRequestException e = rejected(fake, bundle(map("Offer the sale", "Nobody").build()));

    assertThat(fake).isEmpty();
    assertThat(fake.actionTemplates()).isEmpty();
    assertThat(e.operation()).isEqualTo(Operation.POST_JOURNEY_ACTIONMAPS);
    assertThat(e.getMessage()).contains("action map 'Offer the sale'")
        .contains("actionMaps[Offer the sale].triggerWithSegments[0]")
        .contains("Seeding stored nothing");
    assertThat(e.errorBody().orElseThrow().details().get(0).fieldName()).isEqualTo("triggerWithSegments[0]");
  }

  @Test
  void aMissingRequiredFieldIsNamedByObjectAndPathToo() {
    FakeJourneyApi fake = FakeJourneyApi.create();
    ActionMap noUrl = Journey.actionMap("Offer the sale").triggerWithSegments(Ref.segment("Pricing"))
        .action(contentOffer(Ref.actionTemplate("Sale"))).build();
    BadRequestException e = rejected(fake, bundle(noUrl));

    assertThat(fake).isEmpty();
    assertThat(e.getMessage()).contains("action map 'Offer the sale'")
        .contains("actionMaps[Offer the sale].pageUrlConditions");
  }

  @Test
  void aRejectedSeedKeepsWhatWasStoredBeforeExactly() {
    FakeJourneyApi fake = FakeJourneyApi.builder().seed(7).build();
    fake.client().segments().create(segment("Already here").build());
    String before = fake.snapshot();

    rejected(fake, bundle(map("Offer the sale", "Nobody").build()));

    assertThat(fake.snapshot()).isEqualTo(before);
    assertThat(fake.journal().calls()).hasSize(1);
  }

  @Test
  void aValidBundleSeedsFully() {
    FakeJourneyApi fake = FakeJourneyApi.create();
    JourneyConfig stored = fake.seed(bundle(map("Offer the sale", "Pricing").build()));

    assertThat(fake).hasActionTemplates(2).hasSegments(2).hasOutcomes(1).hasActionMaps(3)
        .hasActionMapNamed("Offer the sale");
    String pricing = fake.segments().stream().filter(s -> s.displayName().equals("Pricing")).findFirst()
        .orElseThrow().id();
    assertThat(stored.actionMap("Offer the sale").orElseThrow().triggerWithSegments()).containsExactly(pricing);
  }

  @Test
  void aRejectedSeedLeavesTheStateFileOfAServedFakeUnchanged(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.json");
    FakeJourneyApi fake = FakeJourneyApi.builder().stateFile(state).build();
    try (FakeJourneyServer server = FakeJourneyServer.start(fake)) {
      HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
          .uri(URI.create(server.baseUri() + "/api/v2/journey/segments"))
          .header("Authorization", "Bearer any")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Over HTTP\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(200);
    }
    Path log = dir.resolve("state.json.log");
    byte[] before = Files.readAllBytes(state);
    byte[] logBefore = Files.readAllBytes(log);
    assertThat(new String(before, StandardCharsets.UTF_8) + new String(logBefore, StandardCharsets.UTF_8)).contains("Over HTTP");

    rejected(fake, bundle(map("Offer the sale", "Nobody").build()));

    assertThat(Files.readAllBytes(state)).isEqualTo(before);
    assertThat(Files.readAllBytes(log)).isEqualTo(logBefore);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(state, log);
    }
    FakeJourneyApi reloaded = FakeJourneyApi.builder().stateFile(state).build();
    assertThat(reloaded).hasSegments(1).hasSegmentNamed("Over HTTP").hasActionTemplates(0);
  }
}
