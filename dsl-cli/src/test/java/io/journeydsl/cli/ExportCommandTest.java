package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey export} against the fake served over HTTP: the org back as a bundle, as Java, and what is deprecated. */
class ExportCommandTest {
  private static final String TOKEN = "export-token";
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken(TOKEN).start();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun export(String... more) {
    return CliRun.against(server.baseUri(), TOKEN, "export", more);
  }

  @Test
  void theBundleExportedIsTheConfigurationThatWasApplied() throws Exception {
    fake.seed(DemoConfig.create());
    Path file = dir.resolve("org.json");

    CliRun run = export("--output", file.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JourneyConfig exported = JourneyConfig.read(file);
    assertThat(exported.names(io.journeydsl.catalog.ApiCollection.ACTION_MAPS))
        .containsExactlyInAnyOrderElementsOf(DemoConfig.create().names(io.journeydsl.catalog.ApiCollection.ACTION_MAPS));
    assertThat(Files.readString(file)).contains("\"${segment:Pricing visitors}\"").doesNotContain("\"version\"");
    // The demo has an outcome and an outcome-based trigger: the migration report says both are deprecated.
    assertThat(run.err()).contains("exported to " + file, "deprecated.endpoint.outcomes", "deprecated.actionMap.outcomeConditions");
  }

  @Test
  void javaIsWrittenInThePackageAndClassAsked() {
    fake.seed(DemoConfig.create());

    CliRun run = export("--format", "java", "--package", "com.example.shop", "--class", "Shop");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("package com.example.shop;", "public final class Shop",
        "public static JourneyConfig config()", "segment(\"Pricing visitors\")");
  }

  @Test
  void anInvalidClassNameIsOneClearLine() {
    CliRun run = export("--format", "java", "--class", "not a class");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("journey: ");
  }
}
