package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.ConflictException;
import io.journeydsl.error.RateLimitedException;
import io.journeydsl.error.ServerErrorException;
import io.journeydsl.error.TransportFailureException;
import io.journeydsl.error.UnauthorizedException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.RecordedCall;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport against the HTTP fake with injected faults: what a production client must survive. */
class FeignFaultTest {
  private static final String ID = "fault-client";
  private static final String SECRET = "fault-secret-7f3a";

  private final FakeJourneyApi fake = FakeJourneyApi.builder().seed(5).build();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).clientCredentials(ID, SECRET).start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() {
    server.close();
  }

  /** The HTTP client under test; {@link Hc5FeignFaultTest} runs every case again over Apache HttpClient 5. */
  protected TransportHttpClient httpClient() {
    return HttpClients.jdk();
  }

  private FeignJourneyTransport.Builder builder() {
    return FeignJourneyTransport.builder().httpClient(httpClient());
  }

  private FeignJourneyTransport.Builder transport() {
    return builder().baseUrl(server.baseUri())
        .credentials(ClientCredentials.of(ID, SECRET)).sleeper(sleeper);
  }

  private JourneySegment createSegment(JourneyClient client, String name) {
    return client.segments().create(s -> s.displayName(name).isActive(true));
  }

  private List<RecordedCall> calls(Operation op) {
    return fake.journal().calls(op);
  }

  @Test
  void rateLimitedThenSuccessWaitsWhatRetryAfterSays() {
    fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).times(2).rateLimited(Duration.ofSeconds(3)));
    try (JourneyClient client = transport().buildClient()) {
      assertThat(client.segments().list().entitiesOrEmpty()).isEmpty();
    }
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(calls(Operation.GET_JOURNEY_SEGMENTS)).extracting(RecordedCall::status).containsExactly(429, 429, 200);
  }

  @Test
  void aRetryAfterAboveTheCeilingSurfacesAsRateLimited() {
    fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).rateLimited(Duration.ofSeconds(600)));
    try (JourneyClient client = transport().buildClient()) {
      assertThatThrownBy(() -> client.segments().list())
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(600)));
    }
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void serviceUnavailableBurstsAreRiddenOut() {
    fake.faults().add(Fault.on(Operation.POST_JOURNEY_SEGMENTS).times(3).respond(503));
    try (JourneyClient client = transport().buildClient()) {
      assertThat(createSegment(client, "Burst").version()).isEqualTo(1);
    }
    assertThat(sleeper.waits).hasSize(3);
    assertThat(fake.segments()).hasSize(1);
  }

  @Test
  void aLongerBurstFailsWithTheTypedServerError() {
    fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).always().respond(503));
    try (JourneyClient client = transport().retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)).buildClient()) {
      assertThatThrownBy(() -> client.segments().list())
          .isInstanceOfSatisfying(ServerErrorException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.correlationId()).isPresent();
          });
    }
    assertThat(calls(Operation.GET_JOURNEY_SEGMENTS)).hasSize(3);
  }

  @Test
  void aDroppedConnectionOnGetIsRetried() {
    try (JourneyClient client = transport().buildClient()) {
      JourneySegment created = createSegment(client, "Dropped");
      fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENT).dropConnection());
      assertThat(client.segments().get(created.id()).displayName()).isEqualTo("Dropped");
    }
    assertThat(calls(Operation.GET_JOURNEY_SEGMENT)).extracting(RecordedCall::status).containsExactly(0, 200);
  }

  @Test
  void aDroppedConnectionOnPostIsNotRetriedAndSaysTheOutcomeIsUnknown() {
    fake.faults().add(Fault.on(Operation.POST_JOURNEY_SEGMENTS).dropConnection());
    try (JourneyClient client = transport().buildClient()) {
      assertThatThrownBy(() -> createSegment(client, "Maybe"))
          .isInstanceOfSatisfying(TransportFailureException.class, e -> {
            assertThat(e.outcomeUnknown()).isTrue();
            assertThat(e.operation()).isEqualTo(Operation.POST_JOURNEY_SEGMENTS);
          });
    }
    assertThat(calls(Operation.POST_JOURNEY_SEGMENTS)).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsATransportFailureThatNeverReachedTheServer() {
    URI closed = server.baseUri();
    server.close();
    try (JourneyClient client = builder().baseUrl(closed).bearerToken("t")
        .retryPolicy(RetryPolicy.none()).buildClient()) {
      assertThatThrownBy(() -> client.segments().create(s -> s.displayName("Nowhere")))
          .isInstanceOfSatisfying(TransportFailureException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    }
  }

  @Test
  void aSlowResponseHitsTheReadTimeout() {
    fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).always().delay(Duration.ofSeconds(2)));
    try (JourneyClient client = transport().readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).buildClient()) {
      assertThatThrownBy(() -> client.segments().list())
          .isInstanceOfSatisfying(TransportFailureException.class, e -> {
            assertThat(e.outcomeUnknown()).isTrue();
            assertThat(e.getMessage()).containsIgnoringCase("timed out");
          });
    }
  }

  @Test
  void aStaleVersionIsATypedConflict() {
    try (JourneyClient client = transport().buildClient()) {
      JourneySegment s = createSegment(client, "Versioned");
      client.segments().patch(s.id(), p -> p.displayName("Versioned").version(1).description("first"));
      assertThatThrownBy(() -> client.segments().patch(s.id(), p -> p.displayName("Versioned").version(1).description("stale")))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("409");
    }
    assertThat(fake.segments().get(0).description()).isEqualTo("first");
  }

  @Test
  void anExpiredTokenIsRenewedTransparently() throws Exception {
    fake.reset();
    try (FakeJourneyServer shortLived = FakeJourneyServer.builder(fake).clientCredentials(ID, SECRET)
        .tokenLifetime(Duration.ofSeconds(1)).start()) {
      // A clock that stands still: the transport believes its token is fresh, the server knows better.
      java.time.Clock frozen = java.time.Clock.fixed(java.time.Instant.now(), java.time.ZoneOffset.UTC);
      try (JourneyClient client = builder().baseUrl(shortLived.baseUri())
          .credentials(ClientCredentials.of(ID, SECRET)).clock(frozen).sleeper(sleeper).buildClient()) {
        createSegment(client, "Before expiry");
        Thread.sleep(1_300);
        createSegment(client, "After expiry");
      }
    }
    assertThat(fake.segments()).extracting(JourneySegment::displayName).containsExactly("Before expiry", "After expiry");
    assertThat(calls(Operation.POST_JOURNEY_SEGMENTS)).extracting(RecordedCall::status).containsExactly(200, 401, 200);
  }

  @Test
  void aWrongSecretIsAClearAuthenticationError() {
    try (JourneyClient client = builder().baseUrl(server.baseUri())
        .credentials(ClientCredentials.of(ID, "not-the-secret")).sleeper(sleeper).buildClient()) {
      assertThatThrownBy(() -> client.segments().list())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("401")
          .hasMessageContaining("invalid_client")
          .hasMessageNotContaining("not-the-secret");
    }
    assertThat(fake.journal().calls(Operation.GET_JOURNEY_SEGMENTS)).isEmpty();
  }

  @Test
  void aFixedTokenThatIsRejectedIsNotRetried() {
    try (JourneyClient client = builder().baseUrl(server.baseUri()).bearerToken("wrong-token")
        .sleeper(sleeper).buildClient()) {
      assertThatThrownBy(() -> client.segments().list()).isInstanceOf(UnauthorizedException.class)
          .hasMessageNotContaining("wrong-token");
    }
    assertThat(fake.journal().calls(Operation.GET_JOURNEY_SEGMENTS)).hasSize(1);
  }

  @Test
  void theClientSideRateLimiterSpacesRequests() {
    // A clock that only moves when the transport sleeps: the spacing is then exact.
    java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-11-29T10:00:00Z"));
    java.time.Clock clock = new java.time.Clock() {
      @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
      @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public java.time.Instant instant() { return now.get(); }
    };
    Sleeper advancing = d -> {
      sleeper.sleep(d);
      now.updateAndGet(t -> t.plus(d));
    };
    try (JourneyClient client = transport().clock(clock).sleeper(advancing).requestsPerMinute(600).buildClient()) {
      for (int i = 0; i < 5; i++) {
        client.segments().list();
      }
    }
    // 600 per minute: one request every 100 ms, the first at once.
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100));
    assertThat(calls(Operation.GET_JOURNEY_SEGMENTS)).hasSize(5);
  }

  @Test
  void pagingStreamsEveryPageLazily() {
    try (JourneyClient client = transport().buildClient()) {
      for (int i = 0; i < 7; i++) {
        createSegment(client, "Segment " + i);
      }
      fake.journal().clear();
      assertThat(client.segments().stream(q -> q.pageSize(3)).map(JourneySegment::displayName).toList()).hasSize(7);
      assertThat(calls(Operation.GET_JOURNEY_SEGMENTS)).hasSize(3);
      fake.journal().clear();
      assertThat(client.segments().stream(q -> q.pageSize(3)).findFirst()).isPresent();
      assertThat(calls(Operation.GET_JOURNEY_SEGMENTS)).hasSize(1);
    }
  }
}
