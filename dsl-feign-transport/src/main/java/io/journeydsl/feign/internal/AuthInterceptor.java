package io.journeydsl.feign.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import jakarta.annotation.Nullable;

/**
 * Before every attempt: waits for the client-side rate limiter, then sets the bearer token. The
 * header is replaced, not added, because Feign re-applies interceptors to the same template on a
 * retry, and a retry after a 401 must carry the new token.
 */
public final class AuthInterceptor implements RequestInterceptor {
  private final TokenSource tokens;
  private final @Nullable RequestRateLimiter limiter;

  public AuthInterceptor(TokenSource tokens, @Nullable RequestRateLimiter limiter) {
    this.tokens = tokens;
    this.limiter = limiter;
  }

  @Override
  public void apply(RequestTemplate template) {
    if (limiter != null) {
      limiter.acquire();
    }
    template.removeHeader("Authorization");
    template.header("Authorization", "Bearer " + tokens.token());
  }
}
