package io.journeydsl.feign.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Retryer;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Sends the Journey API's requests over a Feign {@link Client}, one {@link Request} per attempt,
 * built directly from the operation's encoded URL, the JSON body and the bearer token of that
 * attempt. The loop is the one Feign's method handler ran for the transport's former Feign
 * interface (the retryer decides on every {@link RetryableException}, the error decoder reads
 * every non-2xx answer, the logger sees each exchange), without what that handler did on every
 * call for features the transport does not use: expanding a request template from annotations,
 * applying interceptors to it and copying it into a request, looking up options by method, and
 * rebuilding each response twice. Measured on a GET against the loopback fake, that was about a
 * fifth of the caller's time.
 *
 * <p>The token is read for each attempt, after the client-side rate limiter, so the retry after a
 * 401 carries the renewed token. It travels only in the request handed to the client; the answer
 * keeps that request, which lets the error decoder drop the very token that was rejected and
 * redact the credential the request carried from the server's text.
 */
public final class ApiCalls {
  private static final String ACCEPT = "Accept";
  private static final String AUTHORIZATION = "Authorization";
  private static final String CONTENT_LENGTH = "Content-Length";
  private static final String CONTENT_TYPE = "Content-Type";
  private static final Collection<String> JSON = List.of("application/json");

  private final Client client;
  private final Request.Options options;
  private final Retryer retryer;
  private final GenesysErrorDecoder errors;
  private final SafeLogger logger;
  private final TokenSource tokens;
  private final @Nullable RequestRateLimiter limiter;

  public ApiCalls(Client client, Request.Options options, Retryer retryer, GenesysErrorDecoder errors,
      SafeLogger logger, TokenSource tokens, @Nullable RequestRateLimiter limiter) {
    this.client = client;
    this.options = options;
    this.retryer = retryer;
    this.errors = errors;
    this.logger = logger;
    this.tokens = tokens;
    this.limiter = limiter;
  }

  /**
   * Sends one call, retried as the retryer decides.
   *
   * @param method the HTTP method
   * @param url the full, already encoded URL
   * @param json the JSON body, or {@code null} for none
   * @return the body of the 2xx answer, or {@code null} when it had none
   * @throws RetryableException when the retryer gives up on a retryable failure
   * @throws HttpFailure for a non-2xx answer that is not retried
   * @throws UncheckedIOException when the answer's body could not be read
   */
  public @Nullable byte[] send(Request.HttpMethod method, String url, @Nullable byte[] json) {
    Request.Body body = json == null ? Request.Body.empty() : Request.Body.create(json, StandardCharsets.UTF_8);
    Retryer attempts = retryer.clone();
    while (true) {
      try {
        return attempt(method, url, json, body);
      } catch (RetryableException e) {
        attempts.continueOrPropagate(e);
      }
    }
  }

  private @Nullable byte[] attempt(Request.HttpMethod method, String url, @Nullable byte[] json, Request.Body body) {
    if (limiter != null) {
      limiter.acquire();
    }
    Request request = Request.create(method, url, headers(tokens.token(), json), body, null);
    logger.request(request);
    long start = System.nanoTime();
    Response response;
    try {
      response = client.execute(request, options);
    } catch (IOException e) {
      logger.ioFailure(e, millisSince(start));
      // As Feign reports a failed exchange: retryable, the I/O error as the cause.
      throw new RetryableException(-1, String.format("%s executing %s %s", e.getMessage(), method, url),
          method, e, (Long) null, request);
    }
    try (Response answer = response) {
      logger.response(answer, millisSince(start));
      int status = answer.status();
      if (status < 200 || status >= 300) {
        throw errors.decode(method.name(), answer);
      }
      try {
        return BytesDecoder.bytesOf(answer);
      } catch (IOException e) {
        logger.ioFailure(e, millisSince(start));
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The headers Feign's template gave these requests, in its order: a case-insensitive map, as
   * other Feign clients may look names up in any case, with {@code Content-Length} for a body
   * (which the JDK and Apache clients set themselves and skip).
   */
  private static Map<String, Collection<String>> headers(String token, @Nullable byte[] json) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put(ACCEPT, JSON);
    headers.put(AUTHORIZATION, List.of("Bearer " + token));
    if (json != null) {
      if (json.length > 0) {
        headers.put(CONTENT_LENGTH, List.of(String.valueOf(json.length)));
      }
      headers.put(CONTENT_TYPE, JSON);
    }
    return headers;
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  @Override
  public String toString() {
    return "ApiCalls{" + client + "}";
  }
}
