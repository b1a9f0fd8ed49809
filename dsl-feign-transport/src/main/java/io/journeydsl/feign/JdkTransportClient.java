package io.journeydsl.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import io.journeydsl.feign.internal.JdkFeignClient;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK HTTP client through the module's own {@link JdkFeignClient} (which, unlike Feign's default
 * client, sends PATCH). A client the caller gave is used as it is: never closed, never rebuilt.
 */
final class JdkTransportClient implements TransportHttpClient {
  private final @Nullable HttpClient given;

  private JdkTransportClient(@Nullable HttpClient given) {
    this.given = given;
  }

  static JdkTransportClient http11() {
    return new JdkTransportClient(null);
  }

  static JdkTransportClient of(HttpClient client) {
    return new JdkTransportClient(client);
  }

  @Override
  public Client open(Duration connectTimeout) {
    if (given != null) {
      return new JdkFeignClient(given);
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    return new Owned(new JdkFeignClient(http), http);
  }

  /**
   * The Feign client over a JDK client the transport built, closing that client with the transport.
   * From JDK 21 the JDK client is {@link AutoCloseable}: closing it ends its selector thread, which
   * otherwise sits in native code until the JVM exits, and the JVM waits up to 0.3 s at exit for such
   * threads. Before JDK 21 there is nothing to close; the thread ends once the client is unreachable.
   */
  private record Owned(JdkFeignClient client, HttpClient http) implements Client, AutoCloseable {
    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      return client.execute(request, options);
    }

    @Override
    public void close() throws Exception {
      // Written against JDK 17, whose HttpClient is not AutoCloseable; the check is true from JDK 21.
      if ((Object) http instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }

  @Override
  public String toString() {
    return given != null ? "jdk(" + given + ")" : "jdk";
  }
}
