package io.journeydsl.feign.internal;

import feign.RetryableException;

/**
 * A token request that failed in a way worth retrying (5xx, 429, I/O), made on behalf of an API
 * call before that call was sent. The login client never retries on its own: this failure goes up
 * to the call's {@link JourneyRetryer}, so the token request draws from the call's one attempt and
 * time budget instead of multiplying it. Unlike the POST it may be made for, a token request is
 * always safe to repeat, and when it fails the API call itself never left the client.
 */
public final class TokenRequestFailure extends RetryableException {
  private static final long serialVersionUID = 1L;

  TokenRequestFailure(RetryableException failed) {
    super(failed.status(), "token request failed: " + failed.getMessage(), failed.method(), failed.getCause(),
        (Long) null, failed.request());
  }
}
