package io.journeydsl.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import feign.Request;
import feign.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDK client under Feign, against a JDK {@code HttpServer} on 127.0.0.1: what the transport relies on. */
class JdkFeignClientTest {
  private static final Request.Options OPTIONS = new Request.Options(Duration.ofSeconds(5), Duration.ofSeconds(5), false);

  private final HttpServer server = server();
  private final JdkFeignClient client = new JdkFeignClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
  private final CountDownLatch release = new CountDownLatch(1);

  /** What the last request carried, as the server saw it: method, headers and body. */
  private record Seen(String method, Map<String, List<String>> headers, String body) {}

  private final AtomicReference<Seen> seen = new AtomicReference<>();

  private static HttpServer server() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newCachedThreadPool());
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void answer(String path, byte[] body, Map<String, String> headers) {
    server.createContext(path, exchange -> {
      seen.set(new Seen(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      headers.forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  private static Request request(Request.HttpMethod method, String url, Map<String, Collection<String>> headers, byte[] body) {
    return Request.create(method, url, headers, body, StandardCharsets.UTF_8, null);
  }

  @Test
  void sendsPatchWithItsBodyAndDropsTheHeadersTheJdkClientSetsItself() throws IOException {
    answer("/patch", "{\"id\":\"s1\"}".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
    byte[] body = "{\"displayName\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    // Feign's encoders add Content-Length; the JDK client refuses it (and these others) from callers.
    Map<String, Collection<String>> headers = Map.of(
        "Content-Type", List.of("application/json"),
        "Content-Length", List.of(String.valueOf(body.length)),
        "Host", List.of("elsewhere.example"),
        "Connection", List.of("close"),
        "Authorization", List.of("Bearer t0ken"));

    try (Response response = client.execute(request(Request.HttpMethod.PATCH, url("/patch"), headers, body), OPTIONS)) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body().asInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"id\":\"s1\"}");
      assertThat(response.headers().get("content-type")).containsExactly("application/json");
    }
    Seen request = seen.get();
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.body()).isEqualTo("{\"displayName\":\"x\"}");
    assertThat(request.headers().get("Authorization")).containsExactly("Bearer t0ken");
    assertThat(request.headers().get("Content-length")).containsExactly(String.valueOf(body.length));
    assertThat(request.headers().get("Host")).containsExactly("127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void aResponseSlowerThanTheReadTimeoutFailsWithATimeoutAtTheTimeout() {
    server.createContext("/slow", exchange -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    Request.Options quick = new Request.Options(Duration.ofSeconds(5), Duration.ofMillis(200), false);
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.execute(request(Request.HttpMethod.GET, url("/slow"), Map.of(), null), quick))
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessageContaining("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(IoFailures.mayHaveReachedServer(new HttpTimeoutException("x"))).isTrue();
  }

  @Test
  void aRefusedConnectionIsAConnectExceptionSoTheCallKnowsNothingWasSent() throws IOException {
    String closed = url("/gone");
    server.stop(0);

    assertThatThrownBy(() -> client.execute(request(Request.HttpMethod.POST, closed, Map.of(), new byte[] {1}), OPTIONS))
        .isInstanceOf(ConnectException.class)
        .satisfies(e -> assertThat(IoFailures.mayHaveReachedServer(e)).isFalse());
  }

  @Test
  void aGzippedBodyIsInflated() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write("{\"entities\":[]}".getBytes(StandardCharsets.UTF_8));
    }
    answer("/zipped", zipped.toByteArray(), Map.of("Content-Encoding", "gzip"));

    try (Response response = client.execute(request(Request.HttpMethod.GET, url("/zipped"), Map.of(), null), OPTIONS)) {
      assertThat(response.body().asInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{\"entities\":[]}");
    }
  }
}
