package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journey serve} as a real process: a start that cannot succeed is one clear line and exit 2,
 * and no log level makes it print a credential.
 */
class ServeStartupTest {
  @TempDir
  Path dir;

  private Process start(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), JourneyCommand.class.getName(), "serve"));
    command.addAll(List.of(args));
    // stderr goes to a file: at debug level it is large, and an unread pipe would stall the child.
    return new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
  }

  private String stderrOf(Process process) throws Exception {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return Files.readString(dir.resolve("stderr.txt"));
  }

  @Test
  void aCorruptStateFileIsOneLineAndExit2() throws Exception {
    Path state = Files.writeString(dir.resolve("state.json"), "{\"segments\": [ {\"displayName\": ");
    Process process = start(List.of(), "--state", state.toString());
    String err = stderrOf(process);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(err.strip().lines()).hasSize(1);
    assertThat(err).startsWith("journey serve: cannot start: ").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aStateFileThatIsADirectoryIsOneLineAndExit2() throws Exception {
    Path state = Files.createDirectories(dir.resolve("state.json"));
    Process process = start(List.of(), "--state", state.toString());
    String err = stderrOf(process);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(err.strip().lines()).hasSize(1);
    assertThat(err).contains("not a regular file");
  }

  @Test
  void aPortInUseIsOneLineAndExit2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Process process = start(List.of(), "--port", Integer.toString(taken.getLocalPort()));
      String err = stderrOf(process);
      assertThat(process.exitValue()).isEqualTo(2);
      assertThat(err.strip().lines()).hasSize(1);
      assertThat(err).startsWith("journey serve: cannot start: ").contains(Integer.toString(taken.getLocalPort()))
          .doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void debugLoggingNeverPrintsACredential() throws Exception {
    Process process = start(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
        "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=debug"), "--token", "tok-do-not-log-1234",
        "--client-id", "client-x", "--client-secret", "secret-do-not-log-5678");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String base = out.readLine().replaceAll(".*(http://127\\.0\\.0\\.1:\\d+).*", "$1");
      HttpClient http = HttpClient.newHttpClient();
      http.send(HttpRequest.newBuilder(URI.create(base + "/api/v2/journey/segments"))
          .header("Authorization", "Bearer tok-do-not-log-1234").build(), HttpResponse.BodyHandlers.ofString());
      http.send(HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
              "client-x:secret-do-not-log-5678".getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
    } finally {
      process.destroy();
    }
    String err = stderrOf(process);
    String basic = java.util.Base64.getEncoder().encodeToString("client-x:secret-do-not-log-5678".getBytes(StandardCharsets.UTF_8));
    assertThat(err).doesNotContain("tok-do-not-log-1234").doesNotContain("secret-do-not-log-5678").doesNotContain(basic);
  }
}
