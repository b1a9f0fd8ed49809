package io.journeydsl.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Serves a {@link FakeJourneyApi} over HTTP with embedded Jetty: all 24 operations at their real
 * paths, {@code POST /oauth/token} (client-credentials grant), Genesys error bodies and headers
 * spelled exactly as Genesys spells them ({@code ININ-Correlation-Id}, {@code Retry-After},
 * {@code inin-ratelimit-*}). Binds {@code 127.0.0.1} on a free port by default. Every request needs
 * {@code Authorization: Bearer <token>} (401 otherwise). Closing stops the server; the fake lives on.
 *
 * <pre>{@code
 * try (FakeJourneyServer server = FakeJourneyServer.start(FakeJourneyApi.create())) {
 *   URI base = server.baseUri(); // http://127.0.0.1:54321
 * }
 * }</pre>
 */
public interface FakeJourneyServer extends AutoCloseable {

  /**
   * Starts a server for {@code api} on {@code 127.0.0.1} and a free port, accepting any bearer token.
   *
   * @param api the fake to serve
   * @return the running server
   */
  static FakeJourneyServer start(FakeJourneyApi api) {
    return builder(api).start();
  }

  /**
   * A builder for a server of {@code api}.
   *
   * @param api the fake to serve (made by {@link FakeJourneyApi#builder()})
   * @return the builder
   */
  static Builder builder(FakeJourneyApi api) {
    return new Builder(api);
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
  URI baseUri();

  /** The OAuth token URL: {@code <baseUri>/oauth/token}. */
  default URI tokenUri() {
    return URI.create(baseUri() + "/oauth/token");
  }

  /** The bound port. */
  int port();

  /** The fake served. */
  FakeJourneyApi api();

  /** Stops the server and releases the port; idempotent. */
  @Override
  void close();

  /** Builds and starts a {@link FakeJourneyServer}. */
  final class Builder {
    private final FakeJourneyApi api;
    private ServerOptions options = ServerOptions.defaults();

    private Builder(FakeJourneyApi api) {
      this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * The address to bind; {@code 127.0.0.1} by default.
     *
     * @param host a host name or address
     * @return this builder
     */
    public Builder host(String host) {
      options = options.withHost(host);
      return this;
    }

    /**
     * The port to bind; 0 (the default) picks a free one.
     *
     * @param port 0..65535
     * @return this builder
     */
    public Builder port(int port) {
      options = options.withPort(port);
      return this;
    }

    /**
     * Accepts only this bearer token (plus tokens issued by {@code /oauth/token}); without it any
     * bearer token is accepted unless client credentials are set.
     *
     * @param token the token
     * @return this builder
     */
    public Builder bearerToken(String token) {
      options = options.withBearerToken(token);
      return this;
    }

    /**
     * The client id and secret {@code /oauth/token} accepts; once set, API calls need an issued
     * token (or {@link #bearerToken(String)}). Without them the token endpoint accepts any
     * non-empty client id and secret, or none at all when a bearer token is set.
     *
     * @param clientId the client id
     * @param clientSecret the client secret (never logged or recorded)
     * @return this builder
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      options = options.withClientCredentials(clientId, clientSecret);
      return this;
    }

    /**
     * The lifetime of issued tokens ({@code expires_in}); 86400 s by default, as Genesys.
     *
     * @param lifetime a positive duration
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      options = options.withTokenLifetime(lifetime);
      return this;
    }

    /**
     * The largest request body accepted (413 beyond it); 1 MiB by default.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxBodyBytes(int bytes) {
      options = options.withMaxBodyBytes(bytes);
      return this;
    }

    /**
     * How long a request may take to arrive (408 and the connection closed beyond it); 10 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      options = options.withRequestTimeout(timeout);
      return this;
    }

    /**
     * How long a kept-alive connection may sit idle between requests before the server closes it;
     * 30 minutes by default, longer than the JDK's HttpClient keeps one, so the client always lets go
     * first (see {@link ServerOptions#withIdleTimeout(Duration)}).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder idleTimeout(Duration timeout) {
      options = options.withIdleTimeout(timeout);
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server
     * @throws IllegalStateException if the port cannot be bound
     */
    public FakeJourneyServer start() {
      return api.serve(options);
    }
  }
}
