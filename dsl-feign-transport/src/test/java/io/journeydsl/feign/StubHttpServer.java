package io.journeydsl.feign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A JDK HTTP server on {@code 127.0.0.1} whose paths answer whatever a test says, counting the
 * requests to each: for behaviour the testkit's fake deliberately does not have (a login endpoint
 * that answers 400 or is down, a proxy that echoes request headers).
 */
final class StubHttpServer implements AutoCloseable {
  /** One response. */
  record Reply(int status, String contentType, String body) {
    static Reply json(int status, String body) {
      return new Reply(status, "application/json", body);
    }

    static Reply html(int status, String body) {
      return new Reply(status, "text/html", body);
    }
  }

  /** The exchange attribute holding the request body's bytes, read before the handler runs. */
  static final String BODY = "stub.requestBody";

  private final HttpServer server;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  private StubHttpServer(HttpServer server) {
    this.server = server;
  }

  static StubHttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.start();
      return new StubHttpServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Answers every request to {@code path} (and below it) with what {@code handler} returns; a
   * {@code null} reply drops the connection without a response.
   */
  StubHttpServer on(String path, Function<HttpExchange, Reply> handler) {
    counts.put(path, new AtomicInteger());
    server.createContext(path, exchange -> {
      counts.get(path).incrementAndGet();
      exchange.setAttribute(BODY, exchange.getRequestBody().readAllBytes());
      Reply reply = handler.apply(exchange);
      if (reply == null) {
        // No reply at all: the connection is closed under the client, as a crashing proxy does.
        exchange.close();
        return;
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    return this;
  }

  /** How many requests reached {@code path}. */
  int requests(String path) {
    AtomicInteger count = counts.get(path);
    return count == null ? 0 : count.get();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
