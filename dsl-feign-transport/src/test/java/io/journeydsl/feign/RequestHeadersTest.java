package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What each API request carries on the wire, as a server reads it: the method, the path and query
 * exactly as the operation encoded them, {@code Accept: application/json}, one {@code Authorization}
 * header with the bearer token, and {@code Content-Type: application/json} with the JSON the
 * model's mapper writes when, and only when, there is a body.
 */
class RequestHeadersTest {
  private static final String TOKEN = "headers-Token-61d0c7";
  private static final String SEGMENT = "{\"id\":\"s1\",\"displayName\":\"Seen\",\"version\":1}";

  /** One request as the server read it. */
  private record Seen(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
    List<String> header(String name) {
      return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
          .flatMap(h -> h.getValue().stream()).toList();
    }
  }

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final StubHttpServer stub = StubHttpServer.start().on("/api", this::answer);

  private StubHttpServer.Reply answer(HttpExchange exchange) {
    URI uri = exchange.getRequestURI();
    String body = new String((byte[]) exchange.getAttribute(StubHttpServer.BODY), StandardCharsets.UTF_8);
    seen.add(new Seen(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
        Map.copyOf(exchange.getRequestHeaders()), body));
    return switch (exchange.getRequestMethod()) {
      case "DELETE" -> new StubHttpServer.Reply(204, "application/json", "");
      case "GET" -> StubHttpServer.Reply.json(200, uri.getRawQuery() == null ? SEGMENT : "{\"entities\":[]}");
      default -> StubHttpServer.Reply.json(200, SEGMENT);
    };
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  /** The HTTP client under test; {@link Hc5RequestHeadersTest} runs every case again over Apache HttpClient 5. */
  protected TransportHttpClient httpClient() {
    return HttpClients.jdk();
  }

  private FeignJourneyTransport transport() {
    return FeignJourneyTransport.builder().baseUrl(stub.baseUri()).bearerToken(TOKEN)
        .httpClient(httpClient()).retryPolicy(RetryPolicy.none()).build();
  }

  private static void assertCommonHeaders(Seen request) {
    assertThat(request.header("Authorization")).as(request.method() + " Authorization").containsExactly("Bearer " + TOKEN);
    assertThat(request.header("Accept")).as(request.method() + " Accept").containsExactly("application/json");
  }

  @Test
  void requestsWithoutABodyCarryTheTokenAndAcceptJsonOnly() {
    try (JourneyClient client = JourneyClient.owning(transport())) {
      client.segments().get("id 1/é");
      client.segments().list(q -> q.pageSize(100).pageNumber(1));
      client.segments().delete("s1");
    }
    assertThat(seen).extracting(Seen::method).containsExactly("GET", "GET", "DELETE");
    assertThat(seen.get(0).rawPath()).isEqualTo("/api/v2/journey/segments/id%201%2F%C3%A9");
    assertThat(seen.get(0).rawQuery()).isNull();
    assertThat(seen.get(1).rawPath()).isEqualTo("/api/v2/journey/segments");
    assertThat(seen.get(1).rawQuery()).isEqualTo("pageSize=100&pageNumber=1");
    assertThat(seen.get(2).rawPath()).isEqualTo("/api/v2/journey/segments/s1");
    for (Seen request : seen) {
      assertCommonHeaders(request);
      assertThat(request.header("Content-Type")).as(request.method() + " Content-Type").isEmpty();
      assertThat(request.body()).isEmpty();
    }
  }

  @Test
  void requestsWithABodySendTheMappersJson() throws Exception {
    JourneySegment created = JourneySegment.builder().displayName("Nämé \"quoted\"").isActive(true).build();
    try (JourneyClient client = JourneyClient.owning(transport())) {
      client.segments().create(created);
      client.segments().patch("s1", p -> p.displayName("Renamed").version(1));
    }
    assertThat(seen).extracting(Seen::method).containsExactly("POST", "PATCH");
    assertThat(seen.get(0).body()).isEqualTo(JourneyJson.mapper().writeValueAsString(created));
    assertThat(seen.get(1).rawPath()).isEqualTo("/api/v2/journey/segments/s1");
    assertThat(JourneyJson.mapper().readTree(seen.get(1).body()))
        .isEqualTo(JourneyJson.mapper().readTree("{\"displayName\":\"Renamed\",\"version\":1}"));
    for (Seen request : seen) {
      assertCommonHeaders(request);
      assertThat(request.header("Content-Type")).as(request.method() + " Content-Type").containsExactly("application/json");
      assertThat(request.header("Content-Length")).containsExactly(
          String.valueOf(request.body().getBytes(StandardCharsets.UTF_8).length));
    }
  }

  @Test
  void aPostWithoutABodyHasNoContentType() {
    try (FeignJourneyTransport transport = transport()) {
      transport.execute(JourneyOperation.builder(Operation.POST_JOURNEY_SEGMENTS, JourneySegment.class).build());
    }
    assertThat(seen).singleElement().satisfies(request -> {
      assertThat(request.method()).isEqualTo("POST");
      assertCommonHeaders(request);
      assertThat(request.header("Content-Type")).isEmpty();
      assertThat(request.body()).isEmpty();
    });
  }
}
