package io.journeydsl.testkit.junit;

import io.journeydsl.catalog.ApiProfile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares the fake Journey API a test class (or one test method) runs against, and registers
 * {@link FakeJourneyApiExtension}. Each test gets a new fake configured by these attributes, injected
 * as a parameter of type {@link io.journeydsl.testkit.FakeJourneyApi},
 * {@link io.journeydsl.client.JourneyClient} (in memory only) or
 * {@link io.journeydsl.testkit.FakeJourneyServer} ({@link #http()} only).
 *
 * <pre>{@code
 * @JourneyFake(http = true, clientId = "ci", clientSecret = "s3cret", rejectDuplicateNames = true,
 *     profile = ApiProfile.CURRENT, seed = 42, bundle = "retail-bundle.json")
 * class DeployOverHttpTest {
 *   @Test void deploys(FakeJourneyServer server, FakeJourneyApi fake) { ... }
 * }
 * }</pre>
 *
 * <p>An annotation on a test method replaces the one on its class; on a class it applies to its
 * subclasses and its {@code @Nested} classes unless they declare their own. A switch that cannot
 * apply (an HTTP setting without {@code http = true}, a client id without its secret, a clock that is
 * not an instant) fails the test instead of being ignored. Switches the annotation does not carry
 * (journal limits, a state file, body limits) are on {@link FakeJourneyApiExtension#builder()}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeJourneyApiExtension.class)
public @interface JourneyFake {

  /** The value of {@link #seed()} that means random ids (the default). */
  long RANDOM_IDS = Long.MIN_VALUE;

  /**
   * Serves the fake over loopback HTTP (embedded Jetty) for each test; the test reaches it through an
   * injected {@link io.journeydsl.testkit.FakeJourneyServer}. {@code false} (the default): in memory
   * only, no socket.
   *
   * @return whether to serve over HTTP
   */
  boolean http() default false;

  /**
   * The address the server binds ({@link #http()} only).
   *
   * @return a host name or address
   */
  String host() default "127.0.0.1";

  /**
   * The port the server binds, 0 (the default) for a free one ({@link #http()} only).
   *
   * @return 0..65535
   */
  int port() default 0;

  /**
   * The one fixed bearer token the server accepts besides tokens it issued; empty (the default):
   * any token, unless client credentials are set ({@link #http()} only).
   *
   * @return the token, or empty
   */
  String bearerToken() default "";

  /**
   * The OAuth client id {@code POST /oauth/token} accepts, with {@link #clientSecret()}; API calls
   * then need a token it issued ({@link #http()} only).
   *
   * @return the client id, or empty for none
   */
  String clientId() default "";

  /**
   * The OAuth client secret for {@link #clientId()}.
   *
   * @return the secret, or empty for none
   */
  String clientSecret() default "";

  /**
   * The lifetime of issued tokens in seconds, as {@code expires_in} ({@link #http()} only).
   *
   * @return a positive number of seconds; 86400 by default, as Genesys
   */
  long tokenLifetimeSeconds() default 86_400;

  /**
   * The API generation the fake behaves like.
   *
   * @return the profile; {@link ApiProfile#SDK_198} by default
   */
  ApiProfile profile() default ApiProfile.SDK_198;

  /**
   * Seeds the id source: every test sees the same ids for the same creates. {@link #RANDOM_IDS}
   * (the default): random ids.
   *
   * @return the seed
   */
  long seed() default RANDOM_IDS;

  /**
   * A fixed clock for server dates ({@code createdDate}, {@code modifiedDate}), the journal and the
   * rate limit, as an ISO-8601 instant such as {@code 2026-03-10T10:00:00Z}; empty (the default):
   * the system clock in UTC.
   *
   * @return the instant, or empty
   */
  String clock() default "";

  /**
   * 409 on a create or rename that reuses the name of another object of the same collection.
   *
   * @return whether to reject duplicate names
   */
  boolean rejectDuplicateNames() default false;

  /**
   * 409 on deleting a segment, outcome or action template an action map refers to.
   *
   * @return whether to reject such deletes
   */
  boolean rejectReferencedDeletes() default false;

  /**
   * Accepts a PATCH without {@code version} (last writer wins).
   *
   * @return whether to accept it
   */
  boolean allowPatchWithoutVersion() default false;

  /**
   * Accepts and stores request fields the API does not define.
   *
   * @return whether to accept them
   */
  boolean acceptUnknownFields() default false;

  /**
   * Calls allowed per minute, beyond which the fake answers 429; 0 (the default) for no limit.
   *
   * @return the limit, or 0
   */
  int rateLimitPerMinute() default 0;

  /**
   * Bundle files on the test class path (names from the class path root, such as
   * {@code bundles/retail.json}) seeded into the fake, in this order, before each test.
   *
   * @return the resource names
   */
  String[] bundle() default {};
}
