package io.journeydsl.feign;

import java.net.http.HttpClient;
import java.util.Objects;

/**
 * The HTTP clients a {@link FeignJourneyTransport} can send its requests with, chosen on its builder:
 * {@code FeignJourneyTransport.builder().httpClient(HttpClients.apacheHc5())}.
 *
 * <p>Nothing is detected from the class path: the JDK client stays the default even when Apache
 * HttpClient 5 is present, so adding a dependency never changes how an existing program talks to the
 * API. Apache classes are loaded only by a transport built with {@link #apacheHc5()}.
 */
public final class HttpClients {
  /** The default pool size of {@link #apacheHc5()}: connections per host, so as many concurrent calls. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 64;

  private HttpClients() {}

  /** The JDK's {@code java.net.http.HttpClient} over HTTP/1.1 (the default; no dependency). */
  public static TransportHttpClient jdk() {
    return JdkTransportClient.http11();
  }

  /** A JDK client the caller built, e.g. with a proxy or an SSL context; the transport never closes it. */
  public static TransportHttpClient jdk(HttpClient client) {
    return JdkTransportClient.of(Objects.requireNonNull(client, "client"));
  }

  /**
   * Apache HttpClient 5 (classic, blocking) with a connection pool of
   * {@value #DEFAULT_MAX_CONCURRENT_CALLS} connections per host. Needs
   * {@code io.github.openfeign:feign-hc5} (same version as {@code feign-core}) on the class path.
   */
  public static TransportHttpClient apacheHc5() {
    return apacheHc5(DEFAULT_MAX_CONCURRENT_CALLS);
  }

  /**
   * Apache HttpClient 5 with a pool sized to the caller's concurrency: {@code maxConcurrentCalls}
   * connections to each host (API and login), so no call waits for a connection while at most that
   * many run at once, and no more sockets stay open than the calls can use.
   *
   * @param maxConcurrentCalls how many calls the program makes at the same time, at least 1
   */
  public static TransportHttpClient apacheHc5(int maxConcurrentCalls) {
    if (maxConcurrentCalls < 1) {
      throw new IllegalArgumentException("maxConcurrentCalls must be at least 1, was " + maxConcurrentCalls);
    }
    // The Apache classes are named only inside ApacheHc5TransportClient, which the JVM loads here,
    // when this method runs, and never for a transport over the JDK client.
    return new ApacheHc5TransportClient(maxConcurrentCalls);
  }
}
