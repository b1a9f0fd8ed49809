package io.journeydsl.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input over HTTP: random and mutated JSON bodies, random bytes (most not UTF-8), odd
 * paths, methods and content types, bodies of many sizes. The fake never answers 500, never hangs
 * (every answer arrives within the socket timeout) and every refusal is a Genesys error body.
 */
class HostileRequestProperties {
  private static final String VALID_SEGMENT = "{\"displayName\":\"Pricing\",\"color\":\"#112233\",\"isActive\":true,"
      + "\"journey\":{\"patterns\":[{\"criteria\":[{\"key\":\"page.url\",\"values\":[\"/pricing\"],"
      + "\"shouldIgnoreCase\":false,\"operator\":\"containsAll\"}],\"count\":2,\"streamType\":\"Web\",\"sessionType\":\"web\"}]}}";
  private static final String VALID_MAP = "{\"displayName\":\"Offer\",\"isActive\":true,\"weight\":2,"
      + "\"triggerWithSegments\":[\"00000000-0000-0000-0000-000000000000\"],\"pageUrlConditions\":[],"
      + "\"action\":{\"mediaType\":\"webchat\"},\"activation\":{\"type\":\"immediate\"}}";
  private static final List<String> PATHS = List.of("/api/v2/journey/segments", "/api/v2/journey/outcomes",
      "/api/v2/journey/actionmaps", "/api/v2/journey/actiontemplates", "/api/v2/journey/actiontargets",
      "/api/v2/analytics/journeys/aggregates/query", "/oauth/token");

  private static FakeJourneyServer server;

  @BeforeContainer
  static void start() {
    server = FakeJourneyServer.builder(FakeJourneyApi.builder().journalLimits(200, 1 << 20).build())
        .bearerToken("hostile-token").maxBodyBytes(64 * 1024).start();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 150)
  void mutatedJsonBodiesAreAnsweredWithoutA500(@ForAll("mutatedJson") String body, @ForAll("writeTargets") String target)
      throws IOException {
    String[] parts = target.split(" ", 2);
    assertAnswered(request(parts[0], parts[1], "application/json", body.getBytes(StandardCharsets.UTF_8)), target);
  }

  @Property(tries = 150)
  void randomBytesPathsAndContentTypesAreAnsweredWithoutA500(@ForAll("methods") String method, @ForAll("paths") String path,
      @ForAll("contentTypes") String contentType, @ForAll("bytes") byte[] body) throws IOException {
    assertAnswered(request(method, path, contentType, body), method + " " + path);
  }

  private static void assertAnswered(byte[] request, String what) throws IOException {
    RawHttp.Reply reply = RawHttp.send(server.port(), request);
    assertThat(reply.status()).as(what + " answered (no hang, no reset): " + reply.head()).isPositive();
    assertThat(reply.status()).as(what).isNotEqualTo(500).isLessThan(500);
    // An answer to HEAD has no body by definition; the token endpoint answers OAuth errors, not ErrorBody.
    if (reply.status() >= 400 && !what.contains("/oauth/token") && !what.startsWith("HEAD ")) {
      GenesysErrorBodies.assertErrorBody(reply, what);
    }
  }

  private static byte[] request(String method, String path, String contentType, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer hostile-token\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Provide
  Arbitrary<String> writeTargets() {
    return Arbitraries.of("POST /api/v2/journey/segments", "POST /api/v2/journey/actionmaps",
        "PATCH /api/v2/journey/segments/00000000-0000-0000-0000-000000000001", "POST /api/v2/journey/outcomes",
        "POST /api/v2/journey/actiontemplates", "POST /api/v2/analytics/journeys/aggregates/query");
  }

  @Provide
  Arbitrary<String> mutatedJson() {
    Arbitrary<String> base = Arbitraries.of(VALID_SEGMENT, VALID_MAP, "{}", "[]", "null", "\"text\"", "1e999999");
    return Combinators.combine(base, Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 10_000),
        Arbitraries.strings().ofMaxLength(12), Arbitraries.integers().between(1, 3_000))
        .as(HostileRequestProperties::mutate);
  }

  /** One damage to a JSON text: cut, insert, repeat, swap a value's type, nest deeply, blow up a string. */
  private static String mutate(String json, int kind, int where, String noise, int size) {
    int at = json.isEmpty() ? 0 : where % json.length();
    switch (kind) {
      case 0:
        return json.substring(0, at);
      case 1:
        return json.substring(0, at) + noise + json.substring(at);
      case 2:
        return json.substring(0, at) + json.substring(at, Math.min(json.length(), at + 20)).repeat(3) + json.substring(at);
      case 3:
        return json.replaceFirst(":(true|2|\"[^\"]*\")", ":" + List.of("\"2\"", "1.5", "[]", "{}", "null", "\"false\"", "-0", "99999999999999999999")
            .get(where % 8));
      case 4:
        return "[".repeat(size) + json + "]".repeat(size);
      case 5:
        return "{\"displayName\":\"" + "x".repeat(size * 10) + "\"}";
      case 6:
        return json + json;
      case 7:
        return json.replace("\"", "'");
      case 8:
        return json.replace(",", ",\"" + noise.replace("\"", "") + "\":" + size + ",");
      default:
        return "{\"a\":".repeat(size) + "1" + "}".repeat(size);
    }
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS", "HEAD", "TRACE", "X-Y");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ019-_.~!$&'()*+,;=:@%").ofMaxLength(30),
        Arbitraries.of("%00", "%FF", "%2e%2e", "..", "%2F", "", "%C0%AF", "%E2%82", "00000000-0000-0000-0000-000000000001"));
    Arbitrary<String> query = Arbitraries.strings().withChars("abcpageSizeNumbr=&%0129,-").ofMaxLength(40);
    return Combinators.combine(Arbitraries.of(PATHS), segment, query, Arbitraries.integers().between(0, 3))
        .as((path, extra, q, shape) -> switch (shape) {
          case 0 -> path;
          case 1 -> path + "/" + extra;
          case 2 -> path + "/" + extra + "?" + q;
          default -> path + "?" + q;
        });
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("application/json", "application/json; charset=utf-8", "application/json; charset=latin1",
        "text/plain", "application/x-www-form-urlencoded", "", "*/*", "application/jsonx");
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
        Arbitraries.bytes().array(byte[].class).ofMinSize(60_000).ofMaxSize(70_000),
        Arbitraries.strings().all().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }
}
