package io.journeydsl.feign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.error.TransportFailureException;
import io.journeydsl.feign.internal.ApiCalls;
import io.journeydsl.feign.internal.BytesDecoder;
import io.journeydsl.feign.internal.ClientCredentialsTokenSource;
import io.journeydsl.feign.internal.GenesysErrorDecoder;
import io.journeydsl.feign.internal.HttpFailure;
import io.journeydsl.feign.internal.IoFailures;
import io.journeydsl.feign.internal.JourneyRetryer;
import io.journeydsl.feign.internal.LoginApi;
import io.journeydsl.feign.internal.Redactor;
import io.journeydsl.feign.internal.RequestRateLimiter;
import io.journeydsl.feign.internal.SafeLogger;
import io.journeydsl.feign.internal.TokenEndpointErrorDecoder;
import io.journeydsl.feign.internal.TokenRequestFailure;
import io.journeydsl.feign.internal.TokenSource;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.internal.PlainResponses;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The Journey API over HTTP: Feign over the JDK HTTP client (PATCH works) or another
 * {@link TransportHttpClient} such as {@link HttpClients#apacheHc5(int)}, the model's Jackson
 * mapper, OAuth client credentials or a fixed bearer token, Genesys regions, retries that honour
 * {@code Retry-After}, and the typed {@link JourneyApiException} family for every failure.
 *
 * <pre>{@code
 * try (JourneyClient client = FeignJourneyTransport.builder()
 *     .region(GenesysRegion.EU_WEST_1)
 *     .credentials(ClientCredentials.fromEnvironment())
 *     .buildClient()) {
 *   client.segments().stream().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Thread-safe; one instance serves any number of concurrent calls.
 */
public final class FeignJourneyTransport implements JourneyTransport {
  /**
   * Writes request bodies as Feign's Jackson encoder did for the former interface's {@code Object}
   * parameter (by the body's runtime type), with one writer made once instead of one per call.
   */
  private static final ObjectWriter BODY_WRITER = JourneyJson.mapper().writerFor(Object.class);

  private final ApiCalls api;
  private final String baseUrl;
  private final Redactor redactor;
  private final Client http;

  private FeignJourneyTransport(ApiCalls api, URI baseUrl, Redactor redactor, Client http) {
    this.api = api;
    this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    this.redactor = redactor;
    this.http = http;
  }

  /** A builder; a region or base URL, and credentials or a token, are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public <R> R execute(JourneyOperation<R> op) {
    String query = op.queryString();
    // The path and query come encoded from the operation (one encoding, shared with the fake).
    String url = query.isEmpty() ? baseUrl + op.path() : baseUrl + op.path() + "?" + query;
    byte[] response;
    try {
      response = api.send(method(op.operation()), url, json(op));
    } catch (HttpFailure failure) {
      throw failure.toApiException(op.operation());
    } catch (RetryableException e) {
      throw translate(op, e);
    } catch (FeignException | UncheckedIOException e) {
      throw new TransportFailureException(op.operation(), true, "HTTP client failure: " + IoFailures.describe(e), e);
    }
    return decode(op, response);
  }

  private static Request.HttpMethod method(Operation operation) {
    return switch (operation.httpMethod()) {
      case GET -> Request.HttpMethod.GET;
      case DELETE -> Request.HttpMethod.DELETE;
      case POST -> Request.HttpMethod.POST;
      case PATCH -> Request.HttpMethod.PATCH;
    };
  }

  private static @Nullable byte[] json(JourneyOperation<?> op) {
    Object body = op.body();
    if (body == null) {
      return null;
    }
    try {
      return BODY_WRITER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new TransportFailureException(op.operation(), true, "HTTP client failure: " + IoFailures.describe(e), e);
    }
  }

  private static JourneyApiException translate(JourneyOperation<?> op, RetryableException e) {
    if (e.getCause() instanceof HttpFailure failure) {
      return failure.toApiException(op.operation());
    }
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (e instanceof TokenRequestFailure) {
      // The call waited for a token that never came, so the call itself was never sent.
      return new TransportFailureException(op.operation(), false,
          "could not get an access token: " + IoFailures.describe(cause), cause);
    }
    return new TransportFailureException(op.operation(), IoFailures.mayHaveReachedServer(cause),
        IoFailures.describe(cause), cause);
  }

  private <R> @Nullable R decode(JourneyOperation<R> op, @Nullable byte[] response) {
    Class<R> type = op.responseType();
    if (type == null || type == Void.class) {
      return null;
    }
    if (response == null || response.length == 0) {
      throw new TransportFailureException(op.operation(), true,
          "empty response body where a " + type.getSimpleName() + " was expected", null);
    }
    ObjectMapper mapper = JourneyJson.mapper();
    // The generated readers first: a page of 100 segments binds in about half the mapper's time;
    // a body they do not read as plain (unknown fields, nulls, anything odd) goes to the mapper.
    Object plain = PlainResponses.read(mapper.getFactory(), response, op.responseBodyType());
    if (plain != null) {
      return type.cast(plain);
    }
    try {
      return type.cast(mapper.readValue(response, mapper.constructType(op.responseBodyType())));
    } catch (IOException e) {
      // Jackson quotes the offending text, which is the server's and may echo a credential; the
      // cause is left off for the same reason (its message holds the same quote).
      String problem = redactor.redact(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      throw new TransportFailureException(op.operation(), true,
          "response body is not a valid " + type.getSimpleName() + ": " + problem, null);
    }
  }

  /** Closes the HTTP client's connections when the transport opened a closeable one (a pool). */
  @Override
  public void close() {
    if (http instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the HTTP client failed: " + IoFailures.describe(e), e);
      }
    }
  }

  @Override
  public String toString() {
    return "FeignJourneyTransport{" + baseUrl + "}";
  }

  /** Configures a {@link FeignJourneyTransport}. Every setting has a safe default except where to go and how to log in. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable URI loginUrl;
    private @Nullable ClientCredentials credentials;
    private @Nullable String bearerToken;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int requestsPerMinute;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private TransportHttpClient httpClient = HttpClients.jdk();

    private Builder() {}

    /** The region's API and login hosts. */
    public Builder region(GenesysRegion region) {
      Objects.requireNonNull(region, "region");
      this.baseUrl = region.apiBaseUrl();
      this.loginUrl = region.loginBaseUrl();
      return this;
    }

    /** An explicit API base URL, e.g. a proxy or the testkit's fake ({@code http://127.0.0.1:8089}). */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** An explicit login base URL, whose {@code /oauth/token} issues tokens; defaults to the base URL. */
    public Builder loginUrl(URI loginUrl) {
      this.loginUrl = Objects.requireNonNull(loginUrl, "loginUrl");
      return this;
    }

    /** Logs in with the OAuth client-credentials grant. */
    public Builder credentials(ClientCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      this.bearerToken = null;
      return this;
    }

    /** Uses a fixed bearer token (never renewed: a 401 surfaces as {@code UnauthorizedException}). */
    public Builder bearerToken(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("bearer token must not be blank");
      }
      this.bearerToken = token;
      this.credentials = null;
      return this;
    }

    /** How long to wait for a connection (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for a response (default 60 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** When to retry (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** Starts at most this many requests per minute, spacing them evenly (default: no limit). */
    public Builder requestsPerMinute(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + limit);
      }
      this.requestsPerMinute = limit;
      return this;
    }

    /** The clock for token expiry, Retry-After dates and retry budgets (tests inject their own). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How waits between retries and rate-limited requests happen (tests inject a recording one). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The JDK HTTP client to use, e.g. one with a proxy or an SSL context; by default HTTP/1.1. */
    public Builder httpClient(HttpClient client) {
      this.httpClient = HttpClients.jdk(Objects.requireNonNull(client, "httpClient"));
      return this;
    }

    /**
     * The HTTP client that carries the requests (default {@link HttpClients#jdk()}), e.g.
     * {@link HttpClients#apacheHc5(int)} with a pool sized to the program's concurrent calls.
     */
    public Builder httpClient(TransportHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "httpClient");
      return this;
    }

    Builder jitter(DoubleSupplier jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Builds the transport.
     *
     * @throws IllegalStateException naming what is missing
     */
    public FeignJourneyTransport build() {
      if (baseUrl == null) {
        throw new IllegalStateException("set a region or a baseUrl");
      }
      if (credentials == null && bearerToken == null) {
        throw new IllegalStateException("set credentials (client id and secret) or a bearer token");
      }
      Client http = httpClient.open(connectTimeout);
      Request.Options options = new Request.Options(connectTimeout, readTimeout, false);
      // The login endpoint's answers are redacted of the secret and the request's own Basic
      // credential; the API's answers also of the access token in use.
      Redactor loginText = Redactor.knowing(credentials, () -> null);
      TokenSource tokens = bearerToken != null ? TokenSource.fixed(bearerToken)
          : new ClientCredentialsTokenSource(
              // The login client never retries on its own: a failed token request is retried by
              // the call that needed the token, within that call's budget.
              base(http, options, new TokenEndpointErrorDecoder(new GenesysErrorDecoder(clock, null, loginText)), loginText)
                  .retryer(Retryer.NEVER_RETRY)
                  .target(LoginApi.class, "http://login"),
              loginUrl != null ? loginUrl : baseUrl, credentials, clock);
      Redactor redactor = Redactor.knowing(credentials, tokens::current);
      RequestRateLimiter limiter = requestsPerMinute > 0 ? new RequestRateLimiter(requestsPerMinute, clock, sleeper) : null;
      ApiCalls api = new ApiCalls(http, options, retryer(), new GenesysErrorDecoder(clock, tokens, redactor),
          new SafeLogger(redactor), tokens, limiter);
      return new FeignJourneyTransport(api, baseUrl, redactor, http);
    }

    /** Builds the transport and a {@link JourneyClient} over it; closing the client closes the transport. */
    public JourneyClient buildClient() {
      return JourneyClient.owning(build());
    }

    private Feign.Builder base(Client http, Request.Options options, ErrorDecoder errors, Redactor redactor) {
      return Feign.builder()
          .client(http)
          .options(options)
          .errorDecoder(errors)
          .decoder(new BytesDecoder())
          .retryer(retryer())
          .logger(new SafeLogger(redactor))
          .logLevel(feign.Logger.Level.BASIC);
    }

    private JourneyRetryer retryer() {
      return new JourneyRetryer(retryPolicy, clock, sleeper, jitter);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
