package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Apache HttpClient 5 is an optional dependency: a child JVM runs the default transport on this
 * test's class path minus {@code feign-hc5}, {@code httpclient5} and {@code httpcore5}, so any
 * reference to an Apache class on the default path would fail it with {@code NoClassDefFoundError}.
 */
class ApacheClientIsOptionalTest {

  @Test
  void theDefaultTransportRunsWithoutApacheHttpClientOnTheClassPath() throws Exception {
    List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).toList();
    List<String> kept = entries.stream().filter(entry -> !isApacheClient(entry)).toList();
    assertThat(entries.size() - kept.size()).as("the Apache jars were on the test class path").isGreaterThanOrEqualTo(3);

    Path stderr = Files.createTempFile("jdk-only", ".err");
    try {
      Process process = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", String.join(File.pathSeparator, kept), JdkOnlyMain.class.getName()))
          .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
      String errors = Files.readString(stderr, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("stderr: %s", errors).isZero();
      assertThat(errors).doesNotContain("NoClassDefFoundError");
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  private static boolean isApacheClient(String entry) {
    String name = Path.of(entry).getFileName().toString();
    return Arrays.stream(new String[] {"feign-hc5", "httpclient5", "httpcore5"}).anyMatch(name::startsWith);
  }
}
