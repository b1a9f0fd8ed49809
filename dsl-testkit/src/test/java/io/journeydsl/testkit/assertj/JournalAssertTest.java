package io.journeydsl.testkit.assertj;

import static io.journeydsl.Journey.segment;
import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.Journal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class JournalAssertTest {
  private static final String SECRET = "s3cr3t-Value";

  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final JourneyClient client = fake.client();

  @Test
  void countsCallsPerOperation() {
    String id = client.segments().create(segment("A").build()).id();
    client.segments().get(id);
    client.segments().get(id);
    assertThat(fake.journal()).hasSize(3).hasCalls(Operation.GET_JOURNEY_SEGMENT, 2)
        .hasCalls(Operation.POST_JOURNEY_SEGMENTS, 1).hasNoCalls(Operation.DELETE_JOURNEY_SEGMENT)
        .hasOnlySuccessfulCalls().hasNoCallWithStatus(404);
    assertThat(fake.journal()).calls(Operation.GET_JOURNEY_SEGMENT).allMatch(c -> c.status() == 200);
    assertThat(fake).journal().hasSize(3);

    assertThatThrownBy(() -> assertThat(fake.journal()).hasCalls(Operation.GET_JOURNEY_SEGMENT, 1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting 1 calls of GET_JOURNEY_SEGMENT but there were 2")
        .hasMessageContaining("POST /api/v2/journey/segments");
    assertThatThrownBy(() -> assertThat(fake.journal()).hasNoCalls(Operation.POST_JOURNEY_SEGMENTS))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake.journal()).hasSize(2)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake.journal()).calls(Operation.GET_JOURNEY_SEGMENT).hasSize(1))
        .isInstanceOf(AssertionError.class).hasMessageContaining("calls of GET_JOURNEY_SEGMENT");
  }

  @Test
  void findsAndExcludesCallsByCondition() {
    fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).respond(503));
    assertThatThrownBy(() -> client.segments().list()).isInstanceOf(io.journeydsl.error.JourneyApiException.class);
    Journal journal = fake.journal();
    assertThat(journal).hasCallWith("a fault", c -> c.faulted()).hasNoCallWith("status 404", c -> c.status() == 404);

    assertThatThrownBy(() -> assertThat(journal).hasNoCallWithStatus(503))
        .isInstanceOf(AssertionError.class).hasMessageContaining("no recorded call with status 503")
        .hasMessageContaining("GET /api/v2/journey/segments -> 503");
    assertThatThrownBy(() -> assertThat(journal).hasOnlySuccessfulCalls()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(journal).hasCallWith("status 201", c -> c.status() == 201))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting a recorded call with status 201");
  }

  @Test
  void noneLeakPassesWhenTheSecretIsNowhere() {
    client.segments().create(segment("A").description("harmless").build());
    assertThat(fake.journal()).noneLeak(SECRET);
  }

  @Test
  void noneLeakFindsTheSecretInABodyWithoutPrintingIt() {
    client.segments().create(segment("A").description("token=" + SECRET).build());
    assertThatThrownBy(() -> assertThat(fake.journal()).noneLeak(SECRET))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("call #1 POST POST_JOURNEY_SEGMENTS in body")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void noneLeakFindsTheSecretInAQueryEvenPercentEncoded() {
    client.segments().list(q -> q.queryFields(java.util.List.of("displayName")).queryValue(SECRET + " x"));
    assertThatThrownBy(() -> assertThat(fake.journal()).noneLeak(SECRET))
        .isInstanceOf(AssertionError.class).hasMessageContaining("in query").hasMessageNotContaining(SECRET);
  }

  @Test
  void noneLeakSeesHeadersButTheRedactedAuthorizationDoesNotLeak() throws Exception {
    try (FakeJourneyServer server = FakeJourneyServer.start(fake)) {
      HttpClient http = HttpClient.newHttpClient();
      http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v2/journey/segments"))
          .header("Authorization", "Bearer " + SECRET).GET().build(), HttpResponse.BodyHandlers.discarding());
      assertThat(fake.journal()).hasSize(1).noneLeak(SECRET);

      http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v2/journey/segments"))
          .header("Authorization", "Bearer other").header("X-Debug-Token", SECRET).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      assertThatThrownBy(() -> assertThat(fake.journal()).noneLeak(SECRET))
          .isInstanceOf(AssertionError.class).hasMessageContaining("call #2 GET GET_JOURNEY_SEGMENTS in header X-Debug-Token")
          .hasMessageNotContaining(SECRET);
    }
  }

  @Test
  void aBlankSecretIsAMistake() {
    assertThatThrownBy(() -> assertThat(fake.journal()).noneLeak(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
