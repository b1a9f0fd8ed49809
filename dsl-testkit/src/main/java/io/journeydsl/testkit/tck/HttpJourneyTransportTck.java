package io.journeydsl.testkit.tck;

import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import jakarta.annotation.Nullable;
import java.util.Objects;

/**
 * The {@link JourneyTransportTck} for a transport that speaks HTTP: each test serves a new fake on
 * loopback HTTP ({@link #startServer(FakeJourneyApi)}) and hands the running server to
 * {@link #transport(FakeJourneyServer)}. The server accepts the OAuth client-credentials grant for
 * {@link #CLIENT_ID} / {@link #CLIENT_SECRET} and the fixed bearer token {@link #ACCESS_TOKEN}.
 *
 * <pre>{@code
 * class MyHttpTransportTckTest extends HttpJourneyTransportTck {
 *   @Override
 *   protected JourneyTransport transport(FakeJourneyServer server) {
 *     return MyHttpTransport.builder()
 *         .baseUrl(server.baseUri())
 *         .clientCredentials(CLIENT_ID, CLIENT_SECRET) // or the bearer token ACCESS_TOKEN
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * <p>The TCK closes the transport after each test, then stops the server.
 */
public abstract class HttpJourneyTransportTck extends JourneyTransportTck {

  /** The client id the server's {@code POST /oauth/token} accepts. */
  public static final String CLIENT_ID = "tck-client";

  /** The client secret the server's {@code POST /oauth/token} accepts. */
  public static final String CLIENT_SECRET = "tck-secret";

  /** A bearer token the server accepts without a login, for transports given a fixed token. */
  public static final String ACCESS_TOKEN = "tck-access-token";

  private @Nullable FakeJourneyServer server;

  /** For subclasses. */
  protected HttpJourneyTransportTck() {}

  /**
   * The transport under test, a client of {@code server}. Called once per test; the TCK closes the
   * transport after the test.
   *
   * @param server the running server; {@link FakeJourneyServer#baseUri()} is its base URL and
   *     {@link FakeJourneyServer#api()} the fake behind it
   * @return the transport to test
   */
  protected abstract JourneyTransport transport(FakeJourneyServer server);

  /**
   * Serves {@code fake} for one test; by default on {@code 127.0.0.1} and a free port with
   * {@link #CLIENT_ID} / {@link #CLIENT_SECRET} and {@link #ACCESS_TOKEN}. Override to bind another
   * address or change the token lifetime.
   *
   * @param fake the fake of the test
   * @return the running server
   */
  protected FakeJourneyServer startServer(FakeJourneyApi fake) {
    return FakeJourneyServer.builder(fake)
        .clientCredentials(CLIENT_ID, CLIENT_SECRET)
        .bearerToken(ACCESS_TOKEN)
        .start();
  }

  /**
   * Starts the server and returns {@link #transport(FakeJourneyServer)} for it.
   *
   * @param fake the fake of the test
   * @return the transport to test
   */
  @Override
  protected final JourneyTransport transport(FakeJourneyApi fake) {
    server = Objects.requireNonNull(startServer(fake), "startServer(fake)");
    return transport(server);
  }

  @Override
  void release() {
    if (server != null) {
      try {
        server.close();
      } finally {
        server = null;
      }
    }
  }
}
