package io.journeydsl.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.RetryableException;
import io.journeydsl.feign.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyRetryerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final RetryPolicy policy = RetryPolicy.defaults();

  private JourneyRetryer retryer(RetryPolicy p) {
    // Jitter 1.0: every backoff is its ceiling, so the waits are exact.
    return (JourneyRetryer) new JourneyRetryer(p, clock, clock.sleeper(), () -> 1.0).clone();
  }

  private static RetryableException status(Request.HttpMethod method, int status, Duration retryAfter) {
    Request request = Request.create(method, "http://h/api/v2/journey/segments?x=1", Map.of(), new byte[0], StandardCharsets.UTF_8, null);
    return new RetryableException(status, "HTTP " + status, method, new HttpFailure(status, null, null, retryAfter), (Long) null, request);
  }

  private static RetryableException io(Request.HttpMethod method, IOException cause) {
    Request request = Request.create(method, "http://h/api/v2/journey/segments", Map.of(), new byte[0], StandardCharsets.UTF_8, null);
    return new RetryableException(-1, cause.getMessage(), method, cause, (Long) null, request);
  }

  @Test
  void rateLimitWaitsExactlyWhatTheServerAsks() {
    JourneyRetryer r = retryer(policy);
    r.continueOrPropagate(status(Request.HttpMethod.POST, 429, Duration.ofSeconds(3)));
    r.continueOrPropagate(status(Request.HttpMethod.POST, 429, Duration.ofSeconds(1)));
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
  }

  @Test
  void aRetryAfterBeyondTheCeilingFailsAtOnce() {
    JourneyRetryer r = retryer(policy.withMaxRetryAfter(Duration.ofSeconds(10)));
    RetryableException e = status(Request.HttpMethod.GET, 429, Duration.ofSeconds(11));
    assertThatThrownBy(() -> r.continueOrPropagate(e)).isSameAs(e);
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void gatewayErrorsBackOffExponentiallyUpToTheAttemptBound() {
    JourneyRetryer r = retryer(policy.withMaxAttempts(4).withBackoff(Duration.ofMillis(100), Duration.ofMillis(250)));
    r.continueOrPropagate(status(Request.HttpMethod.GET, 503, null));
    r.continueOrPropagate(status(Request.HttpMethod.GET, 502, null));
    r.continueOrPropagate(status(Request.HttpMethod.GET, 504, null));
    RetryableException fourth = status(Request.HttpMethod.GET, 503, null);
    assertThatThrownBy(() -> r.continueOrPropagate(fourth)).isSameAs(fourth);
    assertThat(clock.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
  }

  @Test
  void theTotalTimeBudgetStopsRetries() {
    JourneyRetryer r = retryer(policy.withMaxElapsed(Duration.ofSeconds(5)));
    r.continueOrPropagate(status(Request.HttpMethod.GET, 429, Duration.ofSeconds(4)));
    RetryableException e = status(Request.HttpMethod.GET, 429, Duration.ofSeconds(2));
    assertThatThrownBy(() -> r.continueOrPropagate(e)).isSameAs(e);
  }

  @Test
  void aPostThatMayHaveReachedTheServerIsNeverRetried() {
    RetryableException e = io(Request.HttpMethod.POST, new SocketTimeoutException("read timed out"));
    assertThatThrownBy(() -> retryer(policy).continueOrPropagate(e)).isSameAs(e);
  }

  @Test
  void aPostThatNeverConnectedIsRetried() {
    retryer(policy).continueOrPropagate(io(Request.HttpMethod.POST, new ConnectException("Connection refused")));
    assertThat(clock.sleeps).hasSize(1);
  }

  @Test
  void idempotentCallsAreRetriedOnConnectionFailures() {
    JourneyRetryer r = retryer(policy);
    r.continueOrPropagate(io(Request.HttpMethod.GET, new IOException("connection reset")));
    r.continueOrPropagate(io(Request.HttpMethod.PATCH, new IOException("connection reset")));
    r.continueOrPropagate(io(Request.HttpMethod.DELETE, new IOException("connection reset")));
    assertThat(clock.sleeps).hasSize(3);
  }

  @Test
  void unauthorizedIsRetriedOnceWithoutWaiting() {
    JourneyRetryer r = retryer(policy);
    r.continueOrPropagate(status(Request.HttpMethod.POST, 401, null));
    RetryableException second = status(Request.HttpMethod.POST, 401, null);
    assertThatThrownBy(() -> r.continueOrPropagate(second)).isSameAs(second);
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void noRetriesWithThePolicyNone() {
    RetryableException e = status(Request.HttpMethod.GET, 503, null);
    assertThatThrownBy(() -> retryer(RetryPolicy.none()).continueOrPropagate(e)).isSameAs(e);
  }

  @Test
  void eachCallGetsAFreshRetryer() {
    JourneyRetryer first = retryer(policy.withMaxAttempts(2));
    first.continueOrPropagate(status(Request.HttpMethod.GET, 503, null));
    // The clone starts over: its first retry is allowed again.
    ((JourneyRetryer) first.clone()).continueOrPropagate(status(Request.HttpMethod.GET, 503, null));
    assertThat(clock.sleeps).hasSize(2);
  }
}
