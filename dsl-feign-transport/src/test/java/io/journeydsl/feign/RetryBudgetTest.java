package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.ServerErrorException;
import io.journeydsl.error.TransportFailureException;
import io.journeydsl.error.UnauthorizedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One call has one retry budget, whatever layer fails: the token request made for a call is one of
 * that call's attempts, so a login endpoint that is down sees at most {@code maxAttempts} requests
 * per call and the call waits at most what the policy allows, instead of the product of two
 * nested retry loops.
 */
class RetryBudgetTest {
  private static final String TOKEN = "{\"access_token\":\"budget-token\",\"expires_in\":3600}";

  private final AdvancingClock clock = new AdvancingClock();

  private JourneyClient client(StubHttpServer stub, RetryPolicy policy) {
    // Jitter 1.0: every backoff is its ceiling, so the waits are exact.
    return FeignJourneyTransport.builder().baseUrl(stub.baseUri())
        .credentials(ClientCredentials.of("budget-client", "budget-secret"))
        .retryPolicy(policy).clock(clock).sleeper(clock.sleeper()).jitter(() -> 1.0).buildClient();
  }

  @Test
  void aLoginEndpointThatIsDownSeesAtMostMaxAttemptsRequestsPerCall() {
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", exchange -> StubHttpServer.Reply.json(503, "{\"message\":\"down\"}"))
        .on("/api", exchange -> StubHttpServer.Reply.json(200, "{\"entities\":[]}"));
         JourneyClient client = client(stub, RetryPolicy.defaults())) {
      ServerErrorException e = catchThrowableOfType(() -> client.segments().list(), ServerErrorException.class);

      assertThat(e).isNotNull();
      assertThat(e.status()).isEqualTo(503);
      assertThat(stub.requests("/oauth/token")).isEqualTo(RetryPolicy.defaults().maxAttempts());
      assertThat(stub.requests("/api")).isZero();
      assertThat(clock.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1),
          Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
  }

  @Test
  void theTokenRequestsDrawFromTheCallsTimeBudget() {
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", exchange -> StubHttpServer.Reply.json(503, "{}"));
         JourneyClient client = client(stub, RetryPolicy.defaults().withMaxElapsed(Duration.ofSeconds(2)))) {
      catchThrowableOfType(() -> client.segments().list(), ServerErrorException.class);

      // 0.5 s and 1 s fit in 2 s; the next 2 s would not.
      assertThat(clock.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
      assertThat(clock.totalSleep()).isLessThanOrEqualTo(Duration.ofSeconds(2));
      assertThat(stub.requests("/oauth/token")).isEqualTo(3);
    }
  }

  @Test
  void tokenRequestsAndApiRequestsShareOneAttemptBudget() {
    AtomicInteger grants = new AtomicInteger();
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", exchange -> grants.incrementAndGet() <= 2
            ? StubHttpServer.Reply.json(503, "{}") : StubHttpServer.Reply.json(200, TOKEN))
        .on("/api", exchange -> StubHttpServer.Reply.json(503, "{}"));
         JourneyClient client = client(stub, RetryPolicy.defaults())) {
      catchThrowableOfType(() -> client.segments().list(), ServerErrorException.class);

      // Five attempts: two failed token requests, then three with a token whose API request fails.
      assertThat(stub.requests("/oauth/token")).isEqualTo(3);
      assertThat(stub.requests("/api")).isEqualTo(3);
      assertThat(clock.sleeps).hasSize(4);
    }
  }

  @Test
  void aTokenRequestThatLosesItsConnectionIsRetriedEvenForAPostThatWasNeverSent() {
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", exchange -> null)
        .on("/api", exchange -> StubHttpServer.Reply.json(200, "{}"));
         JourneyClient client = client(stub, RetryPolicy.defaults().withMaxAttempts(3))) {
      TransportFailureException e = catchThrowableOfType(
          () -> client.segments().create(s -> s.displayName("Never sent")), TransportFailureException.class);

      assertThat(e).isNotNull();
      assertThat(e.outcomeUnknown()).as("the create itself never left the client").isFalse();
      assertThat(e.getMessage()).contains("access token");
      assertThat(stub.requests("/oauth/token")).isEqualTo(3);
      assertThat(stub.requests("/api")).isZero();
    }
  }

  @Test
  void theReplayAfterA401IsOneOfTheCallsAttempts() {
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", exchange -> StubHttpServer.Reply.json(200, TOKEN))
        .on("/api", exchange -> StubHttpServer.Reply.json(401, "{\"code\":\"bad.credentials\"}"));
         JourneyClient client = client(stub, RetryPolicy.none())) {
      catchThrowableOfType(() -> client.segments().list(), UnauthorizedException.class);

      assertThat(stub.requests("/api")).as("RetryPolicy.none() allows one request").isEqualTo(1);
      assertThat(stub.requests("/oauth/token")).isEqualTo(1);
    }
  }
}
