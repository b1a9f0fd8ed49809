package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Without an SLF4J provider the transport prints nothing: a child JVM runs the transport on this
 * test's class path minus every SLF4J provider, and its stderr must be empty.
 */
class NoSlf4jProviderTest {
  private static final String PROVIDER_SERVICE = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";

  @Test
  void theTransportPrintsNothingWithoutAProvider() throws Exception {
    Run run = runWithoutProvider(QuietWithoutProviderMain.class);
    assertThat(run.exitCode).as("stderr: %s", run.stderr).isZero();
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void slf4jItselfWouldWarnOnTheSameClassPath() throws Exception {
    Run run = runWithoutProvider(Slf4jWarningMain.class);
    assertThat(run.exitCode).isZero();
    assertThat(run.stderr).as("the class path really has no provider").contains("No SLF4J providers were found");
  }

  private record Run(int exitCode, String stderr) {}

  private static Run runWithoutProvider(Class<?> main) throws IOException, InterruptedException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !declaresProvider(Path.of(entry)))
        .collect(Collectors.joining(File.pathSeparator));
    Path stderr = Files.createTempFile("no-provider", ".err");
    try {
      Process process = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, main.getName()))
          .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
      return new Run(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  /** Whether a class path entry (a jar or a directory) declares an SLF4J provider. */
  private static boolean declaresProvider(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.exists(entry.resolve(PROVIDER_SERVICE));
    }
    if (!Files.isRegularFile(entry)) {
      return false;
    }
    try (ZipFile jar = new ZipFile(entry.toFile())) {
      return jar.getEntry(PROVIDER_SERVICE) != null;
    } catch (IOException notAJar) {
      return false;
    }
  }
}
