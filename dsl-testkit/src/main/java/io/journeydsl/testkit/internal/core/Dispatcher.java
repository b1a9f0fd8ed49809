package io.journeydsl.testkit.internal.core;

import io.journeydsl.error.ErrorBody;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.testkit.Fault;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Map;

/**
 * The layer both front doors call: correlation id, rate limit, faults in front of the store, the
 * store's semantics, and the journal entry of every call.
 */
public final class Dispatcher {
  private final Semantics semantics;
  private final FaultRegistry faults;
  private final RateLimiter limiter;
  private final DefaultJournal journal;

  Dispatcher(Semantics semantics, FaultRegistry faults, RateLimiter limiter, DefaultJournal journal) {
    this.semantics = semantics;
    this.faults = faults;
    this.limiter = limiter;
    this.journal = journal;
  }

  /**
   * Whether answering a call may block its thread: a registered fault may sleep or stall, and a
   * state file makes writes wait for the disk. Otherwise a call is CPU work and short locks only.
   */
  public boolean mayBlock() {
    return semantics.persists() || !faults.isEmpty();
  }

  /**
   * Answers a decoded call and records it.
   *
   * @param call the decoded operation
   * @param draft what arrived at the front door
   * @return the answer
   */
  public Answer dispatch(JourneyOperation<?> call, RecordedCallDraft draft) {
    String correlationId = CorrelationIds.next();
    Map<String, String> headers = RateLimiter.newHeaders();
    headers.put("ININ-Correlation-Id", correlationId);
    Fault fired = null;
    Answer answer;
    try {
      if (limiter.enabled()) {
        long wait = limiter.acquire(headers);
        if (wait >= 0) {
          throw ApiError.rateLimited(wait, Map.of());
        }
      }
      fired = faults.fire(call);
      answer = fired == null ? normal(call, headers, correlationId) : faulted(fired, call, headers, correlationId);
    } catch (ApiError error) {
      answer = error(error, headers, correlationId);
    }
    journal.append(draft.withOperation(call.operation()), answer.status(),
        fired == null ? null : fired.toString(), correlationId);
    return answer;
  }

  /**
   * Answers a request that could not be decoded into an operation (unknown path, bad JSON) and
   * records it.
   *
   * @param error the decoding error
   * @param draft what arrived
   * @return the answer
   */
  public Answer reject(ApiError error, RecordedCallDraft draft) {
    String correlationId = CorrelationIds.next();
    Map<String, String> headers = RateLimiter.newHeaders();
    headers.put("ININ-Correlation-Id", correlationId);
    Answer answer = error(error, headers, correlationId);
    journal.append(draft, answer.status(), null, correlationId);
    return answer;
  }

  /**
   * Records a request that is not an API operation (the OAuth token endpoint).
   *
   * @param draft what arrived; its body must already be left out
   * @param status the status answered
   * @return the correlation id to send
   */
  public String note(RecordedCallDraft draft, int status) {
    String correlationId = CorrelationIds.next();
    journal.append(draft, status, null, correlationId);
    return correlationId;
  }

  private Answer normal(JourneyOperation<?> call, Map<String, String> headers, String correlationId) {
    Semantics.Result result = semantics.execute(call);
    return new Answer(result.status(), result.body(), null, frozen(headers), correlationId, null, Duration.ZERO);
  }

  private Answer faulted(Fault fault, JourneyOperation<?> call, Map<String, String> headers, String correlationId) {
    switch (fault.effect()) {
      case DELAY:
        sleep(fault.latency());
        return normal(call, headers, correlationId);
      case DROP_CONNECTION:
        sleep(fault.latency());
        return new Answer(0, null, null, frozen(headers), correlationId, Fault.Effect.DROP_CONNECTION, Duration.ZERO);
      case STALL:
        return new Answer(0, null, null, frozen(headers), correlationId, Fault.Effect.STALL, fault.latency());
      default:
        sleep(fault.latency());
        headers.putAll(fault.headers());
        ErrorBody body = fault.errorBody().orElseGet(() -> ApiError.defaultBody(fault.status(), fault.headers().get("Retry-After")));
        return error(new ApiError(fault.status(), body, Map.of()), headers, correlationId);
    }
  }

  private static Answer error(ApiError error, Map<String, String> headers, String correlationId) {
    headers.putAll(error.headers());
    ErrorBody body = ErrorBody.builder().from(error.body()).contextId(correlationId).build();
    return new Answer(error.status(), null, body, frozen(headers), correlationId, null, Duration.ZERO);
  }

  /**
   * The answer's headers, read-only. A view, not a copy: each call fills its own map and hands it
   * to exactly one answer, after which nothing writes to it.
   */
  private static Map<String, String> frozen(Map<String, String> headers) {
    return java.util.Collections.unmodifiableMap(headers);
  }

  private static void sleep(@Nullable Duration duration) {
    if (duration == null || duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
