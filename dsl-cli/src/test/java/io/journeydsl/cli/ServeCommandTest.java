package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code journey serve} as a real process: base URL first, state survives a restart, SIGTERM stops it. */
class ServeCommandTest {
  @TempDir
  Path dir;

  private Process start(Path state) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), JourneyCommand.class.getName(),
        "serve", "--port", "0", "--token", "t0k", "--state", state.toString(), "--fault", "getJourneySegment=503")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String baseUrl(Process process) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).contains("http://127.0.0.1:");
    return first.replaceAll(".*(http://127\\.0\\.0\\.1:\\d+).*", "$1");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.header("Authorization", "Bearer t0k").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesPersistsAcrossARestartAndStopsOnSigterm() throws Exception {
    Path state = dir.resolve("state.json");
    Process first = start(state);
    try {
      String base = baseUrl(first);
      HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Kept\"}")));
      assertThat(created.statusCode()).isEqualTo(200);
      assertThat(created.headers().firstValue("ININ-Correlation-Id")).isPresent();
      String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments/" + id))).statusCode())
          .as("the --fault flag is active").isEqualTo(503);
    } finally {
      first.destroy();
    }
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    assertThat(Files.readString(state)).as("a clean stop leaves the log compacted into the state file").contains("\"Kept\"");

    Process second = start(state);
    try {
      String base = baseUrl(second);
      HttpResponse<String> listed = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments")));
      assertThat(listed.body()).contains("\"Kept\"").contains("\"total\":1");
    } finally {
      second.destroy();
      second.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
