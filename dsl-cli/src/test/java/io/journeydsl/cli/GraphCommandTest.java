package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey graph}: exact text of both formats for a bundle with unused objects, dangling references and a plain id. */
class GraphCommandTest {
  @TempDir
  Path dir;

  private Path bundle() throws IOException {
    Path file = dir.resolve("bundle.json");
    Files.writeString(file, resource("/graph/bundle.json"), StandardCharsets.UTF_8);
    return file;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(GraphCommandTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void mermaid() throws IOException {
    CliRun r = CliRun.of("graph", bundle().toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(resource("/graph/bundle.mmd"));
  }

  @Test
  void dot() throws IOException {
    CliRun r = CliRun.of("graph", "--format", "dot", bundle().toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(resource("/graph/bundle.dot"));
  }

  @Test
  void theSameBundleAlwaysGivesTheSameTextAndOutputWritesAFile() throws IOException {
    Path file = bundle();
    Path out = dir.resolve("graph.mmd");

    CliRun written = CliRun.of("graph", "--output", out.toString(), file.toString());

    assertThat(written.exit()).isZero();
    assertThat(written.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(CliRun.of("graph", file.toString()).out());
  }

  @Test
  void theDemoConfigurationUsesEverythingAndDanglesNowhere() throws IOException {
    Path file = dir.resolve("demo.json");
    DemoConfig.create().write(file);

    CliRun r = CliRun.of("graph", file.toString());

    assertThat(r.out()).contains("0 unused, 0 dangling references, 0 ids outside the bundle")
        .doesNotContain("class ", "linkStyle").contains("-->|triggerWithSegments|", "-->|action|");
  }

  @Test
  void anUnreadableBundleIsOneLineAndExitTwo() {
    CliRun r = CliRun.of("graph", dir.resolve("missing.json").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(String.format("journey graph: %s: cannot read: no such file%n", dir.resolve("missing.json")));
  }
}
