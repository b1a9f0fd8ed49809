package io.journeydsl.testkit;

import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link FakeJourneyServer} serves a fake: bind address and port, the accepted static bearer
 * token, the OAuth client credentials, the lifetime of issued tokens, and the limits on request
 * bodies, slow requests and idle connections. Immutable: each
 * {@code with...} method returns a copy. {@link #toString()} never shows the token or the secret.
 *
 * <pre>{@code
 * FakeJourneyServer server = fake.serve(ServerOptions.defaults().withBearerToken("t"));
 * }</pre>
 */
public final class ServerOptions {
  private static final ServerOptions DEFAULTS =
      new ServerOptions("127.0.0.1", 0, null, null, null, Duration.ofSeconds(86_400), 1 << 20, Duration.ofSeconds(10),
          Duration.ofMinutes(30));

  private final String host;
  private final int port;
  private final @Nullable String bearerToken;
  private final @Nullable String clientId;
  private final @Nullable String clientSecret;
  private final Duration tokenLifetime;
  private final int maxBodyBytes;
  private final Duration requestTimeout;
  private final Duration idleTimeout;

  private ServerOptions(String host, int port, @Nullable String bearerToken, @Nullable String clientId,
      @Nullable String clientSecret, Duration tokenLifetime, int maxBodyBytes, Duration requestTimeout,
      Duration idleTimeout) {
    this.host = host;
    this.port = port;
    this.bearerToken = bearerToken;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.tokenLifetime = tokenLifetime;
    this.maxBodyBytes = maxBodyBytes;
    this.requestTimeout = requestTimeout;
    this.idleTimeout = idleTimeout;
  }

  /**
   * {@code 127.0.0.1}, a free port, any bearer token accepted, any non-empty client credentials
   * accepted by {@code /oauth/token}, tokens issued for 86400 s as Genesys issues them.
   */
  public static ServerOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The address to bind.
   *
   * @param value a host name or address
   * @return a copy with this host
   */
  public ServerOptions withHost(String value) {
    return new ServerOptions(Objects.requireNonNull(value, "host"), port, bearerToken, clientId, clientSecret,
        tokenLifetime, maxBodyBytes, requestTimeout, idleTimeout);
  }

  /**
   * The port to bind; 0 picks a free one.
   *
   * @param value 0..65535
   * @return a copy with this port
   */
  public ServerOptions withPort(int value) {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + value);
    }
    return new ServerOptions(host, value, bearerToken, clientId, clientSecret, tokenLifetime, maxBodyBytes, requestTimeout, idleTimeout);
  }

  /**
   * Accepts only this bearer token (plus tokens issued by {@code /oauth/token}).
   *
   * @param value the token
   * @return a copy with this token
   */
  public ServerOptions withBearerToken(String value) {
    return new ServerOptions(host, port, Objects.requireNonNull(value, "token"), clientId, clientSecret,
        tokenLifetime, maxBodyBytes, requestTimeout, idleTimeout);
  }

  /**
   * The client id and secret {@code /oauth/token} accepts; once set, API calls need an issued token
   * (or the {@linkplain #withBearerToken(String) bearer token}).
   *
   * @param id the client id
   * @param secret the client secret
   * @return a copy with these credentials
   */
  public ServerOptions withClientCredentials(String id, String secret) {
    return new ServerOptions(host, port, bearerToken, Objects.requireNonNull(id, "clientId"),
        Objects.requireNonNull(secret, "clientSecret"), tokenLifetime, maxBodyBytes, requestTimeout, idleTimeout);
  }

  /**
   * The lifetime of issued tokens ({@code expires_in}).
   *
   * @param value a positive duration
   * @return a copy with this lifetime
   */
  public ServerOptions withTokenLifetime(Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("tokenLifetime must be positive");
    }
    return new ServerOptions(host, port, bearerToken, clientId, clientSecret, value, maxBodyBytes, requestTimeout, idleTimeout);
  }

  /**
   * The largest request body accepted; a longer one is answered 413 with a Genesys error body and is
   * neither read to its end nor recorded in the journal. 1 MiB by default.
   *
   * @param value at least 1
   * @return a copy with this limit
   */
  public ServerOptions withMaxBodyBytes(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    return new ServerOptions(host, port, bearerToken, clientId, clientSecret, tokenLifetime, value, requestTimeout, idleTimeout);
  }

  /**
   * How long a client may take to send a whole request once it started: a request still arriving
   * after this is answered 408 and its connection closed, so clients trickling bodies cannot hold
   * the server. 10 s by default.
   *
   * @param value a positive duration
   * @return a copy with this timeout
   */
  public ServerOptions withRequestTimeout(Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    return new ServerOptions(host, port, bearerToken, clientId, clientSecret, tokenLifetime, maxBodyBytes, value, idleTimeout);
  }

  /**
   * How long a kept-alive connection may sit idle between requests before the server closes it; 30
   * minutes by default. That is longer than the JDK's HttpClient keeps an idle connection (20 minutes
   * on JDK 17, 30 s from JDK 20), so such a client drops it first. A server that closes first races
   * the client: a request sent on the connection as it closes fails with no answer, which no client
   * retries for a POST. Shorter values are for tests of exactly that.
   *
   * @param value a positive duration
   * @return a copy with this timeout
   */
  public ServerOptions withIdleTimeout(Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive");
    }
    return new ServerOptions(host, port, bearerToken, clientId, clientSecret, tokenLifetime, maxBodyBytes, requestTimeout, value);
  }

  /** The bind address. */
  public String host() {
    return host;
  }

  /** The port, 0 for a free one. */
  public int port() {
    return port;
  }

  /** The one accepted static token, if set. */
  public Optional<String> bearerToken() {
    return Optional.ofNullable(bearerToken);
  }

  /** The OAuth client id, if credentials are set. */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** The OAuth client secret, if credentials are set. */
  public Optional<String> clientSecret() {
    return Optional.ofNullable(clientSecret);
  }

  /** The lifetime of issued tokens. */
  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  /** The largest request body accepted, in bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** How long a request may take to arrive. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** How long a kept-alive connection may sit idle between requests. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  @Override
  public String toString() {
    return "ServerOptions[host=" + host + ", port=" + port + ", bearerToken=" + (bearerToken == null ? "none" : "[REDACTED]")
        + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "[REDACTED]")
        + ", tokenLifetime=" + tokenLifetime + ", maxBodyBytes=" + maxBodyBytes + ", requestTimeout=" + requestTimeout
        + ", idleTimeout=" + idleTimeout + "]";
  }
}
