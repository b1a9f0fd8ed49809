package io.journeydsl.testkit.junit;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension that gives tests a fake Journey API, configured declaratively or in code.
 *
 * <p><b>Declaratively</b>, with {@link JourneyFake @JourneyFake} (or
 * {@code @ExtendWith(FakeJourneyApiExtension.class)} for the defaults): every test gets a new fake
 * (and, with {@code http = true}, a new server), injected as a parameter.
 *
 * <pre>{@code
 * @JourneyFake(rejectDuplicateNames = true, seed = 42)
 * class MyTest {
 *   @Test void creates(JourneyClient client, FakeJourneyApi fake) { ... }
 * }
 * }</pre>
 *
 * <p><b>In code</b>, with {@link #builder()} and {@code @RegisterExtension}, as WireMock's extension
 * does: in a {@code static} field one fake (and server) serves all tests of the class and is reset
 * before each test (store, journal, faults, analytics and rate limit emptied, seeded ids restarted,
 * bundles seeded again); in an instance field every test gets a new one. The field's accessors
 * ({@link #api()}, {@link #server()}, {@link #baseUri()}, {@link #client()}) reach the fake of the
 * running test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeJourneyApiExtension fake = FakeJourneyApiExtension.builder()
 *     .http().clientCredentials("ci", "s3cret").rejectDuplicateNames(true).seed(42).build();
 * }</pre>
 *
 * <p>Parameters: {@link FakeJourneyApi} (the fake), {@link JourneyClient} (a client over the fake in
 * memory; refused in HTTP mode, where the code under test should talk HTTP: build its client from
 * {@link FakeJourneyServer#baseUri()} and the configured credentials, or use
 * {@code fake.client()} to arrange data in memory) and {@link FakeJourneyServer} (serving the fake;
 * without HTTP mode it is started when first asked for, with default options). Parameters of one test
 * share one fake. Injection works in {@code @Nested} and inherited tests and never touches fields.
 * With two extensions in one class, use their fields: both would offer the parameters.
 *
 * <p>A fake shared by the tests of a class (a {@code static} field) is reset before each of them, so
 * those tests must not run concurrently with one another; declarative fakes and instance fields give
 * every test its own fake and suit parallel execution.
 */
public final class FakeJourneyApiExtension
    implements ParameterResolver, BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeJourneyApiExtension.class);

  private final @Nullable Setup setup;
  private @Nullable RunningFake current;
  private @Nullable String owner;
  private boolean perTest;

  /** The declarative extension ({@code @ExtendWith}, {@link JourneyFake}); JUnit instantiates it. */
  public FakeJourneyApiExtension() {
    this.setup = null;
  }

  private FakeJourneyApiExtension(Setup setup) {
    this.setup = setup;
  }

  /**
   * A builder for an extension registered with {@code @RegisterExtension}. Every switch is off by
   * default: in memory, random ids, the system clock, profile {@link ApiProfile#SDK_198}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---- lifecycle ---------------------------------------------------------------------------------

  @Override
  public void beforeAll(ExtensionContext context) {
    if (setup != null && current == null) {
      current = setup.start(loader(context));
      owner = context.getUniqueId();
      perTest = false;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (setup == null) {
      return;
    }
    if (current == null) {
      current = setup.start(loader(context));
      perTest = true;
    }
    current.prepare();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (setup != null && perTest && current != null) {
      try {
        current.close();
      } finally {
        current = null;
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (setup != null && !perTest && current != null && context.getUniqueId().equals(owner)) {
      try {
        current.close();
      } finally {
        current = null;
        owner = null;
      }
    }
  }

  // ---- parameters --------------------------------------------------------------------------------

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeJourneyApi.class || type == JourneyClient.class || type == FakeJourneyServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return resolve(parameter.getParameter().getType(), setup == null ? declared(context) : running());
  }

  /** The value of a parameter of type {@code type} for {@code fake}. */
  static Object resolve(Class<?> type, RunningFake fake) {
    if (type == JourneyClient.class) {
      if (fake.http()) {
        throw new ParameterResolutionException("The fake is served over HTTP: a JourneyClient in memory would bypass it. "
            + "Build the client under test from FakeJourneyServer.baseUri(), or use FakeJourneyApi.client() to arrange data in memory.");
      }
      return fake.api().client();
    }
    if (type == FakeJourneyServer.class) {
      return fake.server();
    }
    return fake.api();
  }

  /** The declarative fake of this test (of this class, for a class-level parameter), made on first use. */
  private static RunningFake declared(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    return store.getOrComputeIfAbsent("fake", key -> {
      RunningFake fake = Setup.declaredFor(context).start(loader(context));
      fake.prepare();
      return new Closing(fake);
    }, Closing.class).fake;
  }

  private RunningFake running() {
    if (current == null) {
      throw new IllegalStateException("No fake is running: the extension's fake lives from beforeAll (static field) "
          + "or beforeEach (instance field) to the end of the class or test");
    }
    return current;
  }

  private static ClassLoader loader(ExtensionContext context) {
    return context.getTestClass().map(Class::getClassLoader)
        .orElseGet(() -> Thread.currentThread().getContextClassLoader());
  }

  // ---- accessors for @RegisterExtension fields ----------------------------------------------------

  /**
   * The fake of the running test.
   *
   * @return the fake
   * @throws IllegalStateException outside a test, or for the declarative extension (use parameters)
   */
  public FakeJourneyApi api() {
    return running().api();
  }

  /**
   * A client over the fake in memory; {@code api().client()}.
   *
   * @return a client that borrows the fake
   * @throws IllegalStateException outside a test
   */
  public JourneyClient client() {
    return running().api().client();
  }

  /**
   * The server of the running test's fake: the one started with it in HTTP mode, else one started
   * now (and closed with the fake).
   *
   * @return the running server
   * @throws IllegalStateException outside a test
   */
  public FakeJourneyServer server() {
    return running().server();
  }

  /**
   * The base URL of {@link #server()}, e.g. {@code http://127.0.0.1:54321}.
   *
   * @return the base URL, without a trailing slash
   */
  public URI baseUri() {
    return server().baseUri();
  }

  /** Closes the fake a declarative extension made, with the test's (or class's) store. */
  private static final class Closing implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final RunningFake fake;

    Closing(RunningFake fake) {
      this.fake = fake;
    }

    @Override
    public void close() {
      fake.close();
    }
  }

  // ---- configuration ------------------------------------------------------------------------------

  /** What a new fake is made from: the fake's switches, the server options, the seed and the bundles. */
  static final class Setup {
    final boolean http;
    final ServerOptions options;
    final List<Consumer<FakeJourneyApi.Builder>> fakeSteps;
    final @Nullable Long seed;
    final List<Function<ClassLoader, JourneyConfig>> bundles;

    Setup(Builder b) {
      this.http = b.http;
      this.options = b.options;
      this.fakeSteps = List.copyOf(b.fakeSteps);
      this.seed = b.seed;
      this.bundles = List.copyOf(b.bundles);
    }

    RunningFake start(ClassLoader loader) {
      FakeJourneyApi.Builder builder = FakeJourneyApi.builder();
      RestartableIds ids = seed == null ? null : new RestartableIds(seed);
      if (ids != null) {
        builder.ids(ids);
      }
      fakeSteps.forEach(step -> step.accept(builder));
      return new RunningFake(builder.build(), http, options, ids, bundles, loader);
    }

    /** The setup the nearest {@link JourneyFake} describes: on the test method, its class, or an enclosing class. */
    static Setup declaredFor(ExtensionContext context) {
      Optional<JourneyFake> found = context.getTestMethod().flatMap(m -> find(m));
      for (Class<?> c = context.getTestClass().orElse(null); found.isEmpty() && c != null; c = c.getEnclosingClass()) {
        found = find(c);
      }
      try {
        return found.map(Builder::from).orElseGet(Builder::new).setup();
      } catch (RuntimeException e) {
        throw new ExtensionConfigurationException("@JourneyFake: " + e.getMessage(), e);
      }
    }

    private static Optional<JourneyFake> find(AnnotatedElement element) {
      return AnnotationSupport.findAnnotation(element, JourneyFake.class);
    }
  }

  /**
   * Configures a {@link FakeJourneyApiExtension} for {@code @RegisterExtension}. Each method
   * mirrors a switch of {@link FakeJourneyApi.Builder} or {@link ServerOptions}; {@link #configure}
   * and {@link #serverOptions} reach the rest. Arguments are checked when given; a server setting
   * without {@link #http()} fails {@link #build()}.
   */
  public static final class Builder {
    private boolean http;
    private ServerOptions options = ServerOptions.defaults();
    private final List<String> serverSettings = new ArrayList<>();
    private final List<Consumer<FakeJourneyApi.Builder>> fakeSteps = new ArrayList<>();
    private @Nullable Long seed;
    private final List<Function<ClassLoader, JourneyConfig>> bundles = new ArrayList<>();

    private Builder() {}

    static Builder from(JourneyFake a) {
      Builder b = new Builder();
      if (a.http()) {
        b.http();
      }
      if (!a.host().equals(ServerOptions.defaults().host())) {
        b.host(a.host());
      }
      if (a.port() != 0) {
        b.port(a.port());
      }
      if (!a.bearerToken().isEmpty()) {
        b.bearerToken(a.bearerToken());
      }
      if (!a.clientId().isEmpty() || !a.clientSecret().isEmpty()) {
        if (a.clientId().isEmpty() || a.clientSecret().isEmpty()) {
          throw new IllegalArgumentException("clientId and clientSecret go together");
        }
        b.clientCredentials(a.clientId(), a.clientSecret());
      }
      if (a.tokenLifetimeSeconds() != ServerOptions.defaults().tokenLifetime().getSeconds()) {
        b.tokenLifetime(Duration.ofSeconds(a.tokenLifetimeSeconds()));
      }
      b.profile(a.profile());
      if (a.seed() != JourneyFake.RANDOM_IDS) {
        b.seed(a.seed());
      }
      if (!a.clock().isEmpty()) {
        try {
          b.clock(Clock.fixed(Instant.parse(a.clock()), ZoneOffset.UTC));
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("clock must be an ISO-8601 instant such as 2026-03-10T10:00:00Z, was '" + a.clock() + "'", e);
        }
      }
      b.rejectDuplicateNames(a.rejectDuplicateNames())
          .rejectReferencedDeletes(a.rejectReferencedDeletes())
          .allowPatchWithoutVersion(a.allowPatchWithoutVersion())
          .acceptUnknownFields(a.acceptUnknownFields())
          .rateLimitPerMinute(a.rateLimitPerMinute());
      for (String resource : a.bundle()) {
        b.bundleResource(resource);
      }
      return b;
    }

    /**
     * Serves each fake over loopback HTTP (embedded Jetty), started with the fake; a
     * {@link JourneyClient} parameter is then refused (see the class documentation).
     *
     * @return this builder
     */
    public Builder http() {
      http = true;
      return this;
    }

    /**
     * The address the server binds; {@code 127.0.0.1} by default. Needs {@link #http()}.
     *
     * @param host a host name or address
     * @return this builder
     */
    public Builder host(String host) {
      return server("host", options.withHost(host));
    }

    /**
     * The port the server binds; 0 (the default) picks a free one. Needs {@link #http()}.
     *
     * @param port 0..65535
     * @return this builder
     */
    public Builder port(int port) {
      return server("port", options.withPort(port));
    }

    /**
     * The one fixed bearer token the server accepts besides issued tokens. Needs {@link #http()}.
     *
     * @param token the token
     * @return this builder
     */
    public Builder bearerToken(String token) {
      return server("bearerToken", options.withBearerToken(token));
    }

    /**
     * The OAuth client {@code POST /oauth/token} accepts; API calls then need a token it issued (or
     * the {@linkplain #bearerToken bearer token}). Needs {@link #http()}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret (never logged or recorded)
     * @return this builder
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      return server("clientCredentials", options.withClientCredentials(clientId, clientSecret));
    }

    /**
     * The lifetime of issued tokens; 86400 s by default. Needs {@link #http()}.
     *
     * @param lifetime a positive duration
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      return server("tokenLifetime", options.withTokenLifetime(lifetime));
    }

    /**
     * Replaces every server option at once (bind address, credentials, token lifetime, body limit,
     * request timeout). Needs {@link #http()}.
     *
     * @param serverOptions the options
     * @return this builder
     */
    public Builder serverOptions(ServerOptions serverOptions) {
      return server("serverOptions", Objects.requireNonNull(serverOptions, "serverOptions"));
    }

    private Builder server(String setting, ServerOptions changed) {
      options = changed;
      serverSettings.add(setting);
      return this;
    }

    /**
     * The API generation the fake behaves like; {@link ApiProfile#SDK_198} by default.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(ApiProfile profile) {
      Objects.requireNonNull(profile, "profile");
      return configure(b -> b.profile(profile));
    }

    /**
     * Deterministic ids: each test sees the same ids for the same creates, also when one fake serves
     * the whole class (its id sequence restarts at each reset).
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * The clock for server dates, the journal and the rate limit; the system clock in UTC by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      Objects.requireNonNull(clock, "clock");
      return configure(b -> b.clock(clock));
    }

    /**
     * 409 on a create or rename that reuses the name of another object of the collection.
     *
     * @param on whether to reject
     * @return this builder
     */
    public Builder rejectDuplicateNames(boolean on) {
      return configure(b -> b.rejectDuplicateNames(on));
    }

    /**
     * 409 on deleting an object an action map refers to.
     *
     * @param on whether to reject
     * @return this builder
     */
    public Builder rejectReferencedDeletes(boolean on) {
      return configure(b -> b.rejectReferencedDeletes(on));
    }

    /**
     * Accepts a PATCH without {@code version}.
     *
     * @param on whether to accept
     * @return this builder
     */
    public Builder allowPatchWithoutVersion(boolean on) {
      return configure(b -> b.allowPatchWithoutVersion(on));
    }

    /**
     * Accepts and stores request fields the API does not define.
     *
     * @param on whether to accept
     * @return this builder
     */
    public Builder acceptUnknownFields(boolean on) {
      return configure(b -> b.acceptUnknownFields(on));
    }

    /**
     * Calls per minute beyond which the fake answers 429; 0 (the default) for no limit.
     *
     * @param callsPerMinute the limit, or 0
     * @return this builder
     */
    public Builder rateLimitPerMinute(int callsPerMinute) {
      if (callsPerMinute < 0) {
        throw new IllegalArgumentException("rateLimitPerMinute must not be negative");
      }
      return configure(b -> b.rateLimitPerMinute(callsPerMinute));
    }

    /**
     * Any other setting of the fake (journal limits, a state file, an id source), applied to the
     * builder of each new fake after the settings above.
     *
     * @param step what to set
     * @return this builder
     */
    public Builder configure(Consumer<FakeJourneyApi.Builder> step) {
      fakeSteps.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * Seeds this bundle into the fake before each test, after the bundles given before it.
     *
     * @param config the bundle
     * @return this builder
     */
    public Builder bundle(JourneyConfig config) {
      Objects.requireNonNull(config, "config");
      bundles.add(loader -> config);
      return this;
    }

    /**
     * Seeds a bundle file from the test class path before each test, after the bundles given before it.
     *
     * @param name the resource name from the class path root, e.g. {@code bundles/retail.json}
     * @return this builder
     */
    public Builder bundleResource(String name) {
      String path = Objects.requireNonNull(name, "name").startsWith("/") ? name.substring(1) : name;
      bundles.add(loader -> JourneyConfig.fromJson(read(loader, path)));
      return this;
    }

    private static String read(ClassLoader loader, String path) {
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new ExtensionConfigurationException("bundle '" + path + "' is not on the test class path");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundle '" + path + "'", e);
      }
    }

    /**
     * Builds the extension.
     *
     * @return the extension, for a {@code @RegisterExtension} field
     * @throws IllegalStateException if a server setting was given without {@link #http()}
     */
    public FakeJourneyApiExtension build() {
      return new FakeJourneyApiExtension(setup());
    }

    Setup setup() {
      if (!http && !serverSettings.isEmpty()) {
        throw new IllegalStateException(String.join(", ", serverSettings) + " only apply over HTTP: add http()"
            + " (http = true on @JourneyFake)");
      }
      return new Setup(this);
    }
  }
}
