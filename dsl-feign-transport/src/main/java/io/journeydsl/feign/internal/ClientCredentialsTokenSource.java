package io.journeydsl.feign.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.RetryableException;
import io.journeydsl.error.ErrorBody;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.json.JourneyJson;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;

/**
 * Bearer tokens from the OAuth client-credentials grant: cached until shortly before they expire,
 * fetched by one caller at a time (the others wait for its token instead of asking again), and
 * dropped when the API rejects them so that the next call fetches a fresh one. A failed token
 * request is not retried here but thrown as a {@link TokenRequestFailure}, for the retryer of the
 * API call that needed the token.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private static final Logger LOG = Logs.get(ClientCredentialsTokenSource.class);
  private static final Duration MAX_SKEW = Duration.ofSeconds(60);

  private final LoginApi login;
  private final URI tokenEndpoint;
  private final ClientCredentials credentials;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile @Nullable Token current;

  private record Token(String value, Instant renewAt) {}

  public ClientCredentialsTokenSource(LoginApi login, URI loginBaseUrl, ClientCredentials credentials, Clock clock) {
    this.login = login;
    this.tokenEndpoint = URI.create(loginBaseUrl.toString().replaceAll("/+$", "") + "/oauth/token");
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public String token() {
    Token token = current;
    if (token != null && clock.instant().isBefore(token.renewAt())) {
      return token.value();
    }
    lock.lock();
    try {
      token = current;
      if (token == null || !clock.instant().isBefore(token.renewAt())) {
        token = fetch();
        current = token;
      }
      return token.value();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void invalidate(@Nullable String rejected) {
    lock.lock();
    try {
      Token token = current;
      if (token != null && token.value().equals(rejected)) {
        LOG.debug("access token rejected by the API; a new one will be requested");
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean renewable() {
    return true;
  }

  @Override
  public @Nullable String current() {
    Token token = current;
    return token == null ? null : token.value();
  }

  private Token fetch() {
    String basic = Base64.getEncoder().encodeToString(
        (credentials.clientId() + ":" + credentials.clientSecret()).getBytes(StandardCharsets.UTF_8));
    Instant requested = clock.instant();
    byte[] response;
    try {
      response = login.clientCredentialsGrant(tokenEndpoint, Map.of("Authorization", "Basic " + basic));
    } catch (RetryableException e) {
      throw new TokenRequestFailure(e);
    }
    JsonNode json;
    try {
      json = JourneyJson.mapper().readTree(response);
    } catch (IOException e) {
      throw invalidResponse("not JSON");
    }
    if (json == null || !json.hasNonNull("access_token") || json.get("access_token").asText().isEmpty()) {
      throw invalidResponse("no access_token");
    }
    long expiresIn = json.path("expires_in").asLong(0);
    if (expiresIn <= 0) {
      throw invalidResponse("no positive expires_in");
    }
    Duration lifetime = Duration.ofSeconds(expiresIn);
    // Renew a little early: a minute for day-long tokens, a fifth of the lifetime for short ones.
    Duration skew = lifetime.dividedBy(5).compareTo(MAX_SKEW) < 0 ? lifetime.dividedBy(5) : MAX_SKEW;
    LOG.debug("access token obtained for client {}, valid for {} s", credentials.clientId(), expiresIn);
    return new Token(json.get("access_token").asText(), requested.plus(lifetime).minus(skew));
  }

  private HttpFailure invalidResponse(String what) {
    // Never include the body: it may hold a token.
    return new HttpFailure(401, ErrorBody.builder().status(401).code("invalid.token.response")
        .message("the login endpoint answered the client-credentials grant with " + what).build(), null, null);
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenSource{endpoint=" + tokenEndpoint + ", clientId=" + credentials.clientId() + "}";
  }
}
