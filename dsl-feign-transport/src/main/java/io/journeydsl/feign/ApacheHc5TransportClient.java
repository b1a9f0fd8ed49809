package io.journeydsl.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.hc5.ApacheHttp5Client;
import java.io.IOException;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache HttpClient 5 (classic) through {@code feign-hc5}, with a pooled connection manager sized to
 * the caller's concurrency. The only class of the module that names an Apache type.
 */
final class ApacheHc5TransportClient implements TransportHttpClient {
  /** The transport talks to at most two hosts: the API and the login endpoint. */
  private static final int HOSTS = 2;

  private final int maxConcurrentCalls;

  ApacheHc5TransportClient(int maxConcurrentCalls) {
    this.maxConcurrentCalls = maxConcurrentCalls;
  }

  @Override
  public Client open(Duration connectTimeout) {
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnPerRoute(maxConcurrentCalls)
        .setMaxConnTotal(maxConcurrentCalls * HOSTS)
        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(connectTimeout)).build())
        .build();
    CloseableHttpClient http = org.apache.hc.client5.http.impl.classic.HttpClients.custom()
        .setConnectionManager(pool)
        // The transport's retryer alone decides what is repeated (never a POST after an I/O error);
        // redirects are not followed and no cookies kept, as with the JDK client.
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        .build();
    return new Closing(new ApacheHttp5Client(http), http);
  }

  @Override
  public String toString() {
    return "apacheHc5(" + maxConcurrentCalls + ")";
  }

  /** The Feign client over the pool, closing the pool with the transport. */
  private record Closing(ApacheHttp5Client client, CloseableHttpClient http) implements Client, AutoCloseable {
    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      return client.execute(request, options);
    }

    @Override
    public void close() {
      http.close(CloseMode.GRACEFUL);
    }
  }
}
