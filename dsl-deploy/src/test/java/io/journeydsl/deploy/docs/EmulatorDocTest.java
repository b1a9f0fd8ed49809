package io.journeydsl.deploy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/emulator.md} as a test: its curl session, replayed with the page's own credentials,
 * body and query against the fake, answers as the page says; its flags are options of
 * {@code journey serve}.
 */
class EmulatorDocTest {
  private static final String PAGE = ShownCode.text(ShownCode.DOCS.resolve("emulator.md"));
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String first(String regex) {
    Matcher m = Pattern.compile(regex).matcher(PAGE);
    assertThat(m.find()).as("docs/emulator.md has " + regex).isTrue();
    return m.group(1);
  }

  @Test
  void everyFlagOfTheTableIsAnOptionOfServe() {
    String serve = ShownCode.text(Path.of("..", "dsl-cli", "src", "main", "java", "io", "journeydsl", "cli", "ServeCommand.java"));
    List<String> flags = new ArrayList<>();
    PAGE.lines().filter(line -> line.startsWith("| `--")).forEach(line -> {
      Matcher m = Pattern.compile("`(--[a-z-]+)").matcher(line.substring(0, line.indexOf('|', 1)));
      while (m.find()) {
        flags.add(m.group(1));
      }
    });
    assertThat(flags).hasSizeGreaterThan(15);
    assertThat(flags).allSatisfy(flag -> assertThat(serve).contains("names = \"" + flag + "\""));
  }

  @Test
  void theCurlSessionAnswersAsThePageSays() throws Exception {
    String clientId = first("serve [^\\n]*--client-id (\\S+)");
    String clientSecret = first("serve [^\\n]*--client-secret (\\S+)");
    assertThat(first("curl -s -u (\\S+) ")).isEqualTo(clientId + ":" + clientSecret);
    String body = first("(?s)-d '(\\{.*?\\})'");
    String listQuery = first("/api/v2/journey/segments(\\?[^']+)'");

    try (FakeJourneyServer server = FakeJourneyServer.builder(FakeJourneyApi.create())
        .clientCredentials(clientId, clientSecret).start()) {
      String base = server.baseUri().toString();

      HttpResponse<String> refused = token(server.tokenUri(), clientId, "wrong");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("invalid_client");
      HttpResponse<String> issued = token(server.tokenUri(), clientId, clientSecret);
      JsonNode tokenAnswer = JSON.readTree(issued.body());
      assertThat(issued.statusCode()).isEqualTo(200);
      assertThat(tokenAnswer.path("token_type").asText()).isEqualTo("bearer");
      assertThat(tokenAnswer.path("expires_in").asInt()).isEqualTo(86_400);
      String bearer = "Bearer " + tokenAnswer.path("access_token").asText();

      HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments"))
          .header("Authorization", bearer).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      assertThat(created.statusCode()).isEqualTo(200);
      JsonNode segment = JSON.readTree(created.body());
      assertThat(segment.path("version").asInt()).isEqualTo(1);
      assertThat(segment.path("selfUri").asText()).isEqualTo("/api/v2/journey/segments/" + segment.path("id").asText());
      assertThat(segment.has("createdDate") && segment.has("modifiedDate")).isTrue();

      HttpResponse<String> nameless = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments"))
          .header("Authorization", bearer).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.replace("\"displayName\":\"Pricing visitors\",", ""))).build());
      assertThat(nameless.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(nameless.body()).path("details").path(0).path("fieldName").asText()).isEqualTo("displayName");

      HttpResponse<String> listed = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments" + listQuery))
          .header("Authorization", bearer).GET().build());
      JsonNode page = JSON.readTree(listed.body());
      assertThat(listed.statusCode()).isEqualTo(200);
      assertThat(page.path("entities").path(0).path("displayName").asText()).isEqualTo("Pricing visitors");
      assertThat(page.path("total").asInt()).isEqualTo(1);
      assertThat(page.path("pageSize").asInt()).isEqualTo(25);
      assertThat(page.path("pageCount").asInt()).isEqualTo(1);
      assertThat(page.has("firstUri") && page.has("lastUri")).isTrue();

      HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments")).GET().build());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(anonymous.body()).path("code").asText()).isEqualTo("authentication.required");
    }
  }

  private static HttpResponse<String> token(URI tokenUri, String id, String secret) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(tokenUri).header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
