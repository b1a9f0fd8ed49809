package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey plan} and {@code journey apply} against the fake served over HTTP. */
class PlanApplyCommandTest {
  private static final String TOKEN = "plan-apply-token";
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).bearerToken(TOKEN).start();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  private Path bundle(JourneyConfig config) {
    Path file = dir.resolve("bundle.json");
    config.write(file);
    return file;
  }

  private CliRun run(String command, String... more) {
    return CliRun.against(server.baseUri(), TOKEN, command, more);
  }

  @Test
  void detailedExitcodeSaysWhetherThereAreChangesAndApplyMakesThemGoAway() {
    Path file = bundle(DemoConfig.create());

    CliRun first = run("plan", "--detailed-exitcode", file.toString());
    CliRun apply = run("apply", "--yes", file.toString());
    CliRun second = run("plan", "--detailed-exitcode", file.toString());

    assertThat(first.exit()).as(first.err()).isEqualTo(2);
    assertThat(first.out()).startsWith("Plan: 9 to create, 0 to update, 0 to delete, 0 unchanged.")
        .contains("+ segment 'Pricing visitors'", "+ action map 'Help likely buyers'");
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(apply.out()).contains("[9/9] done create action map", "Apply complete: 9 changes made.");
    assertThat(fake.actionMaps()).hasSize(3);
    assertThat(second.exit()).isZero();
    assertThat(second.out()).startsWith("Plan: 0 to create, 0 to update, 0 to delete, 9 unchanged.");
    assertThat(first.err() + apply.err() + second.err()).isEmpty();
  }

  @Test
  void jsonPlanIsTheDocumentedSchema() {
    CliRun plan = run("plan", "--json", bundle(DemoConfig.create()).toString());

    assertThat(plan.exit()).isZero();
    assertThat(plan.out()).startsWith("{\n  \"schema\" : \"journey-plan/1\",\n  \"hasChanges\" : true,");
  }

  @Test
  void applyRefusesToRunUnattendedWithoutYes() {
    CliRun apply = run("apply", bundle(DemoConfig.create()).toString());

    assertThat(apply.exit()).isEqualTo(1);
    assertThat(apply.err()).contains("--yes");
    assertThat(fake.journal().calls()).isEmpty();
  }

  @Test
  void rehearsalReportsRefusalsAndFailsThePlanWithoutTouchingTheOrg() {
    JourneyConfig config = DemoConfig.create();
    JourneyConfig broken = JourneyConfig.builder().from(config).actionMaps(config.actionMaps().stream()
        .map(m -> m.withTriggerWithSegments(java.util.List.of("no-such-segment-id"))).toList()).build();

    CliRun good = run("plan", "--rehearse", bundle(config).toString());
    CliRun bad = run("plan", "--rehearse", "--detailed-exitcode", bundle(broken).toString());

    assertThat(good.exit()).isZero();
    assertThat(good.out()).contains("Rehearsal passed: the in-memory API accepted all 9 requests");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("rehearsal: REFUSED (400) create action map 'Offer the sale on pricing'",
        "Rehearsal failed: 3 of the plan's requests were refused");
    assertThat(fake.journal().calls()).extracting(c -> c.method()).containsOnly("GET");
  }

  @Test
  void pruneDeletesOnlyWhatItSelects() {
    Path file = bundle(DemoConfig.create());
    run("apply", "--yes", file.toString());
    fake.client().segments().create(DemoConfig.create().segments().get(0).withDisplayName("Old campaign"));
    fake.client().segments().create(DemoConfig.create().segments().get(0).withDisplayName("Other team"));

    CliRun apply = run("apply", "--yes", "--prune", "Old.*", file.toString());

    assertThat(apply.out()).contains("- segment 'Old campaign'").doesNotContain("Other team");
    assertThat(fake.segments()).extracting(s -> s.displayName()).contains("Other team").doesNotContain("Old campaign");
  }

  @Test
  void errorsExitOneEvenForUsageErrors() {
    JourneyConfig config = DemoConfig.create();
    Path file = bundle(JourneyConfig.builder().from(config)
        .segments(java.util.List.of(config.segments().get(0).withColor("blue"))).build());

    CliRun invalid = run("plan", "--detailed-exitcode", file.toString());
    CliRun noOrg = CliRun.of("plan", "--detailed-exitcode", file.toString());
    CliRun usage = CliRun.of("plan", "--detailed-exitcode", "--no-such-option", file.toString());
    CliRun missing = run("plan", dir.resolve("missing.json").toString());

    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(invalid.err()).contains("the bundle has errors", "segments[Pricing visitors].color");
    assertThat(noOrg.exit()).isEqualTo(1);
    assertThat(noOrg.err()).contains("--base-url URL or --region R");
    assertThat(usage.exit()).isEqualTo(1);
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file");
    assertThat(fake.journal().calls()).isEmpty();
  }

  @Test
  void credentialsComeFromTheEnvironmentNeverFromAnOption() throws Exception {
    ConnectionOptions options = new ConnectionOptions();
    options.region = "eu-west-1";
    options.environment = java.util.Map.of();

    org.assertj.core.api.Assertions.assertThatThrownBy(options::connect)
        .hasMessageContaining("GENESYS_CLIENT_ID").hasMessageContaining("GENESYS_CLIENT_SECRET");
    assertThat(ConnectionOptions.region("mypurecloud.ie")).isEqualTo(io.journeydsl.feign.GenesysRegion.EU_WEST_1);
    assertThat(CliRun.of("plan", "--help").out()).doesNotContain("--client-secret", "--secret");
  }
}
