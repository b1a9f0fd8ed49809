package io.journeydsl.feign.internal;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import io.journeydsl.feign.RetryPolicy;
import io.journeydsl.feign.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;

/**
 * The retry decisions of one call (cloned for each call, by {@link ApiCalls} and by Feign for the
 * login client): 429 after {@code Retry-After}, 5xx gateway errors and connection failures with
 * jittered exponential backoff, one immediate retry after a 401 with a renewed token, never a POST
 * whose outcome is unknown; bounded by the policy's attempts and total time. A failed token request made for the call ({@link TokenRequestFailure})
 * is one of its attempts, so the login endpoint never sees more requests than the policy allows
 * for one call. Waits go through the injected {@link Sleeper}.
 */
public final class JourneyRetryer implements Retryer {
  private static final Logger LOG = Logs.get(JourneyRetryer.class);

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final Instant start;
  private int attempt = 1;
  private boolean reauthenticated;

  public JourneyRetryer(RetryPolicy policy, Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.start = clock.instant();
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    String call = e.method() + " " + pathOf(e.request());
    if (e.getCause() instanceof HttpFailure failure) {
      if (failure.status() == 401) {
        // The replay is an attempt like any other: one call, one budget.
        if (reauthenticated || attempt >= policy.maxAttempts()) {
          throw e;
        }
        reauthenticated = true;
        attempt++;
        LOG.debug("{}: 401, retrying once with a new access token", call);
        return;
      }
      Duration requested = failure.retryAfter().orElse(null);
      if (requested != null && requested.compareTo(policy.maxRetryAfter()) > 0) {
        LOG.debug("{}: {} asks to retry after {} s, more than the {} s ceiling; giving up", call,
            failure.status(), requested.toSeconds(), policy.maxRetryAfter().toSeconds());
        throw e;
      }
      waitAndCount(e, call, "HTTP " + failure.status(), requested != null ? requested : backoff());
      return;
    }
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (e.method() == Request.HttpMethod.POST && !(e instanceof TokenRequestFailure)
        && IoFailures.mayHaveReachedServer(cause)) {
      LOG.debug("{}: {}; not retried because the POST may have reached the server", call, IoFailures.describe(cause));
      throw e;
    }
    waitAndCount(e, call, IoFailures.describe(cause), backoff());
  }

  private void waitAndCount(RetryableException e, String call, String reason, Duration wait) {
    if (attempt >= policy.maxAttempts()) {
      LOG.debug("{}: {} after {} attempts; giving up", call, reason, attempt);
      throw e;
    }
    Duration elapsed = Duration.between(start, clock.instant());
    if (elapsed.plus(wait).compareTo(policy.maxElapsed()) > 0) {
      LOG.debug("{}: {}; a retry in {} ms would exceed the {} s budget; giving up", call, reason,
          wait.toMillis(), policy.maxElapsed().toSeconds());
      throw e;
    }
    attempt++;
    LOG.debug("{}: {}; attempt {} of {} in {} ms", call, reason, attempt, policy.maxAttempts(), wait.toMillis());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  /** Full jitter: a uniform wait up to the exponential ceiling of this attempt. */
  private Duration backoff() {
    Duration ceiling = policy.initialBackoff();
    for (int i = 1; i < attempt && ceiling.compareTo(policy.maxBackoff()) < 0; i++) {
      ceiling = ceiling.multipliedBy(2);
    }
    if (ceiling.compareTo(policy.maxBackoff()) > 0) {
      ceiling = policy.maxBackoff();
    }
    return Duration.ofNanos((long) (ceiling.toNanos() * jitter.getAsDouble()));
  }

  static String pathOf(Request request) {
    if (request == null) {
      return "";
    }
    String url = request.url();
    int scheme = url.indexOf("://");
    int path = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    int query = url.indexOf('?');
    return path < 0 ? "/" : url.substring(path, query < 0 ? url.length() : query);
  }

  @Override
  public Retryer clone() {
    return new JourneyRetryer(policy, clock, sleeper, jitter);
  }
}
