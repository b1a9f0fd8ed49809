package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An apply that meets failures stops, says what it did, and a re-run finishes without duplicates. */
class FailureSafetyTest {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().seed(3).build();

  private Deployer deployer(JourneyClient client) {
    return Deployer.builder(client).retryPause(Duration.ZERO).build();
  }

  @Test
  void aCreateWhoseAnswerWasLostIsLookedUpByNameAndNotRepeated() {
    JourneyClient client = JourneyClient.create(new LostAnswers(fake, Operation.POST_JOURNEY_SEGMENTS, 1));
    List<DeployEvent> events = new ArrayList<>();
    Deployer deployer = Deployer.builder(client).listener(events::add).concurrency(1).build();

    ApplyResult result = deployer.apply(deployer.plan(Shop.config()));

    assertThat(result.succeeded()).isTrue();
    assertThat(fake.segments()).extracting(s -> s.displayName()).containsExactlyInAnyOrder("Pricing visitors", "Mobile shoppers");
    assertThat(fake.journal().calls(Operation.POST_JOURNEY_SEGMENTS)).hasSize(2);
    assertThat(fake.actionMaps().get(0).triggerWithSegments()).containsExactly(
        DeployerTest.segmentId(fake, "Pricing visitors"), DeployerTest.segmentId(fake, "Mobile shoppers"));
    assertThat(deployer.plan(Shop.config()).hasChanges()).isFalse();
  }

  @Test
  void aCreateThatNeverArrivedIsSentAgain() {
    fake.faults().add(Fault.on(Operation.POST_JOURNEY_SEGMENTS).dropConnection());
    Deployer deployer = deployer(fake.client());

    ApplyResult result = deployer.apply(deployer.plan(Shop.config()));

    assertThat(result.succeeded()).isTrue();
    assertThat(fake.segments()).hasSize(2);
    assertThat(deployer.plan(Shop.config()).hasChanges()).isFalse();
  }

  @Test
  void aFailureStopsTheApplyReportsDoneAndNotDoneAndARerunCompletesWithoutDuplicates() {
    fake.faults().add(Fault.on(Operation.POST_JOURNEY_ACTIONTEMPLATES).respond(400));
    Deployer deployer = deployer(fake.client());

    ApplyResult first = deployer.apply(deployer.plan(Shop.config()));

    assertThat(first.succeeded()).isFalse();
    assertThat(first.failed()).hasValueSatisfying(f -> {
      assertThat(f.change().name()).isEqualTo("Spring sale");
      assertThat(f.status()).isEqualTo(400);
    });
    assertThat(first.notDone()).extracting(Change::name).containsExactly("Spring sale", "Offer the sale");
    assertThat(first.done()).extracting(Change::name).containsExactlyInAnyOrder("Pricing visitors", "Mobile shoppers");
    assertThat(fake.actionMaps()).isEmpty();

    Plan rerun = deployer.plan(Shop.config());
    assertThat(rerun.requests()).extracting(Change::action, Change::name).containsExactly(
        tuple(ChangeAction.CREATE, "Spring sale"),
        tuple(ChangeAction.CREATE, "Offer the sale"));
    assertThat(deployer.apply(rerun).succeeded()).isTrue();
    assertThat(fake.segments()).hasSize(2);
    assertThat(fake.actionTemplates()).hasSize(1);
    assertThat(fake.actionMaps()).hasSize(1);
  }

  @Test
  void aVersionConflictIsReadAgainDiffedAgainAndRetried() {
    Deployer deployer = deployer(fake.client());
    deployer.apply(deployer.plan(Shop.config()));
    Plan plan = deployer.plan(io.journeydsl.JourneyConfig.of(Shop.pricing(), Shop.mobile(), Shop.sale(), Shop.offer(1)));
    String mapId = fake.actionMaps().get(0).id();
    fake.client().actionMaps().update(mapId, m -> m.withIsActive(false));

    ApplyResult result = deployer.apply(plan);

    assertThat(result.succeeded()).isTrue();
    assertThat(fake.journal().calls(Operation.PATCH_JOURNEY_ACTIONMAP)).extracting(c -> c.status())
        .containsExactly(200, 409, 200);
    assertThat(fake.actionMaps().get(0).weight()).isEqualTo(1);
  }

  @Test
  void conflictsAreRetriedAtMostTenTimes() {
    Deployer deployer = deployer(fake.client());
    deployer.apply(deployer.plan(Shop.config()));
    fake.faults().add(Fault.on(Operation.PATCH_JOURNEY_ACTIONMAP).always().respond(409));

    ApplyResult result = deployer.apply(deployer.plan(
        io.journeydsl.JourneyConfig.of(Shop.pricing(), Shop.mobile(), Shop.sale(), Shop.offer(1))));

    assertThat(result.failed()).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(409));
    assertThat(fake.journal().calls(Operation.PATCH_JOURNEY_ACTIONMAP)).hasSize(10);
  }

  @Test
  void a404RightAfterACreateIsRetriedBriefly() {
    // The map's create refers to segments created a moment ago; the API may not see them yet.
    fake.faults().add(Fault.on(Operation.POST_JOURNEY_ACTIONMAPS).times(2).respond(404));
    List<DeployEvent> events = new ArrayList<>();
    Deployer deployer = Deployer.builder(fake.client()).retryPause(Duration.ZERO).listener(events::add).build();

    ApplyResult result = deployer.apply(deployer.plan(Shop.config()));

    assertThat(result.succeeded()).isTrue();
    assertThat(events).filteredOn(e -> e.type() == DeployEvent.Type.RETRYING).hasSize(2);
    assertThat(fake.segments()).hasSize(2);
    assertThat(fake.actionMaps()).hasSize(Shop.config().actionMaps().size());
  }

  @Test
  void aDeleteOfAnObjectAlreadyGoneCountsAsDone() {
    String id = fake.client().segments().create(Shop.mobile().withDisplayName("Old")).id();
    Deployer pruning = Deployer.builder(fake.client()).prune(Prune.matching("Old")).build();
    Plan plan = pruning.plan(io.journeydsl.JourneyConfig.of(Shop.pricing()));
    fake.client().segments().delete(id);

    assertThat(pruning.apply(plan).succeeded()).isTrue();
  }
}
