package io.journeydsl.feign;

import feign.Client;
import java.time.Duration;

/**
 * The HTTP client under a {@link FeignJourneyTransport}: the one extension point between the
 * transport (auth, retries, errors, JSON) and the bytes on the wire. {@link HttpClients} holds the
 * two this module supports, the JDK's (the default, no dependency) and Apache HttpClient 5 (with
 * {@code io.github.openfeign:feign-hc5} on the class path).
 *
 * <p>A transport opens its client once, when it is built, and shares it between the login and API
 * calls; when the opened {@link Client} is also {@link AutoCloseable}, closing the transport closes it.
 */
@FunctionalInterface
public interface TransportHttpClient {

  /**
   * Opens the Feign client that sends every request of one transport.
   *
   * @param connectTimeout the transport's connect timeout (read timeouts come with each request)
   * @return a client safe for concurrent calls
   */
  Client open(Duration connectTimeout);
}
