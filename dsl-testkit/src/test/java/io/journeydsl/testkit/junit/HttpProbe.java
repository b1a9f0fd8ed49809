package io.journeydsl.testkit.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP calls to a served fake, so the tests see what any client would. */
final class HttpProbe {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private HttpProbe() {}

  /** A status and a body. */
  record Answer(int status, String body) {}

  static Answer get(String url, String bearerToken) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearerToken).GET().build());
  }

  static Answer token(URI tokenUri, String clientId, String clientSecret) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(tokenUri)
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build());
  }

  static String accessToken(Answer tokenAnswer) throws IOException {
    return new ObjectMapper().readTree(tokenAnswer.body()).get("access_token").asText();
  }

  private static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }
}
