package io.journeydsl.testkit.internal.http;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import io.journeydsl.testkit.internal.core.Dispatcher;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** {@link FakeJourneyServer} on embedded Jetty 12 (core handler API, no servlets). */
final class JettyFakeServer implements FakeJourneyServer {
  private static final long STOP_GRACE_MILLIS = 250;
  /** The request line plus headers, at most (431 or 414 beyond it): Jetty's default, written down. */
  static final int REQUEST_HEADER_BYTES = 8 * 1024;
  private final FakeJourneyApi api;
  private final Server server;
  private final ServerConnector connector;
  private final URI baseUri;

  private JettyFakeServer(FakeJourneyApi api, Server server, ServerConnector connector, String host) {
    this.api = api;
    this.server = server;
    this.connector = connector;
    String shown = host.contains(":") ? "[" + host + "]" : host;
    this.baseUri = URI.create("http://" + shown + ":" + connector.getLocalPort());
  }

  /**
   * Starts a server.
   *
   * @param api the fake served, as {@link #api()} answers it
   * @param dispatcher the fake's dispatcher, which answers every call
   * @param clock the fake's clock, for journal timestamps and token expiry
   * @param settings where to bind and which credentials to accept
   * @return the running server
   */
  static JettyFakeServer start(FakeJourneyApi api, Dispatcher dispatcher, Clock clock, ServerOptions settings) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("fake-journey");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    // An idle connection costs a socket, not a thread. Closing it early races a client that reuses
    // it: a POST sent as the server closes gets no answer and is not retried (once in a few thousand
    // calls after a pause as long as this timeout). Hence a timeout the client's own keep-alive ends
    // first. Bodies still arriving are bounded by the request timeout (BodyReader); a client falling
    // silent inside its headers holds a socket, never a thread, until this timeout.
    connector.setIdleTimeout(settings.idleTimeout().toMillis());
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    server.addConnector(connector);
    server.setHandler(new JourneyHandler(dispatcher, clock, new TokenAuthority(settings, clock),
        settings.maxBodyBytes(), settings.requestTimeout().toMillis()));
    server.setErrorHandler(new GenesysErrorHandler());
    // In-flight requests get a moment to finish on close; idle keep-alive connections (clients such
    // as the JDK's HttpClient hold them open) would otherwise hold the stop for seconds.
    server.setStopTimeout(STOP_GRACE_MILLIS);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        e.addSuppressed(ignored);
      }
      throw new IllegalStateException("cannot start the fake on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
    }
    return new JettyFakeServer(api, server, connector, settings.host());
  }

  @Override
  public URI baseUri() {
    return baseUri;
  }

  @Override
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public FakeJourneyApi api() {
    return api;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (TimeoutException idleConnectionsCut) {
      // The grace period ended with idle connections still open; the server is stopped regardless.
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the fake server: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "FakeJourneyServer[" + baseUri + "]";
  }
}
