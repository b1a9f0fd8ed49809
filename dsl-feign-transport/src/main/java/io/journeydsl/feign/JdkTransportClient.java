package io.journeydsl.feign;

import feign.Client;
import io.journeydsl.feign.internal.JdkFeignClient;
import jakarta.annotation.Nullable;
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
    HttpClient http = given != null ? given
        : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    return new JdkFeignClient(http);
  }

  @Override
  public String toString() {
    return given != null ? "jdk(" + given + ")" : "jdk";
  }
}
