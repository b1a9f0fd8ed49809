package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.json.JourneyJson;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class JourneyCommandTest {

  @Test
  void demoPrintsTheGoldenBundle() throws Exception {
    CliRun r = CliRun.of("demo", "--bundle");
    assertThat(r.exit()).isZero();
    var golden = JourneyJson.mapper().readTree(
        Objects.requireNonNull(getClass().getResourceAsStream("/demo-bundle.json"), "golden file"));
    assertThat(JourneyJson.mapper().readTree(r.out())).isEqualTo(golden);
  }

  @Test
  void demoBundleIsARealisticConnectedConfiguration() {
    JourneyConfig config = JourneyConfig.fromJson(CliRun.of("demo", "--bundle").out());
    assertThat(config.segments()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(config.outcomes()).hasSizeGreaterThanOrEqualTo(1);
    assertThat(config.actionTemplates()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(config.actionMaps()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(config.aggregateQueries()).hasSizeGreaterThanOrEqualTo(1);
    // Every reference by name points to an object of the bundle of the right kind.
    assertThat(config.references()).isNotEmpty().allSatisfy(r -> {
      String name = r.ref().name().orElseThrow();
      boolean found = config.names(r.ref().kind().collection()).contains(name);
      assertThat(found).as(r.path()).isTrue();
    });
    assertThat(config.references()).extracting(r -> r.ref().kind()).contains(Ref.Kind.SEGMENT, Ref.Kind.OUTCOME, Ref.Kind.ACTION_TEMPLATE);
  }

  @Test
  void demoValidatesDeploysOverHttpAndQueries() {
    CliRun r = CliRun.of("demo");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("== 2. Validation")
        .contains("Validation of the demo configuration: 0 errors")
        .containsPattern("Validation of a deliberately broken variant: [1-9]\\d* error")
        .containsPattern("Fake Journey API on http://127\\.0\\.0\\.1:\\d+")
        .contains("Plan: 9 to create, 0 to update, 0 to delete, 0 unchanged.", "+ action map 'Offer the sale on pricing'")
        .contains("Applied: 9 changes. Planning again:\nPlan: 0 to create, 0 to update, 0 to delete, 9 unchanged.")
        .containsPattern("Plan: 0 to create, 1 to update, 0 to delete, 8 unchanged\\.\n(?s).*"
            + "~ action map 'Help likely buyers' \\(id [0-9a-f-]+\\)\n    weight: 1 -> 3\n")
        .contains("Applied: 1 changes. Planning again:\nPlan: 0 to create, 0 to update, 0 to delete, 9 unchanged.")
        .contains("Read back: 3 segments")
        .contains("Validate-before-send refused segment 'Pricing visitors' without sending it")
        .containsPattern("nWebActionsOffered=[1-9]");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void versionAndHelp() {
    CliRun version = CliRun.of("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("journey 0.1.0");
    CliRun help = CliRun.of("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: journey").contains("demo");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun r = CliRun.of("deploy-everything");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }
}
