package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.journeydsl.JourneyConfig;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rehearsal copies the org into another API, applies the plan there, and names every refusal. */
class RehearsalTest {
  private final FakeJourneyApi org = FakeJourneyApi.builder().seed(1).build();
  private final Deployer deployer = Deployer.to(org.client());

  private void assertOrgOnlyRead() {
    assertThat(org.journal().calls()).extracting(c -> c.method()).containsOnly("GET");
  }

  @Test
  void aGoodPlanPassesOnACopyOfTheOrgAndTheOrgIsNotTouched() {
    deployer.apply(deployer.plan(Shop.config()));
    org.journal().clear();
    FakeJourneyApi rehearsal = FakeJourneyApi.builder().seed(2).build();
    Plan plan = deployer.plan(JourneyConfig.of(Shop.pricing(), Shop.mobile(), Shop.sale(), Shop.offer(1)));

    Rehearsal result = deployer.rehearse(plan, rehearsal.client());

    assertThat(result.passed()).isTrue();
    assertThat(result.requests()).isEqualTo(1);
    assertThat(result.seedProblems()).isEmpty();
    assertThat(rehearsal.actionMaps()).singleElement().satisfies(m -> {
      assertThat(m.weight()).isEqualTo(1);
      assertThat(m.triggerWithSegments()).containsExactly(DeployerTest.segmentId(rehearsal, "Pricing visitors"),
          DeployerTest.segmentId(rehearsal, "Mobile shoppers"));
    });
    assertThat(org.actionMaps().get(0).weight()).isEqualTo(3);
    assertOrgOnlyRead();
  }

  @Test
  void everyRefusedRequestIsReportedNotJustTheFirst() {
    ActionMapFixture unknownSegment = new ActionMapFixture();
    JourneyConfig config = JourneyConfig.of(Shop.pricing(), Shop.mobile(), Shop.sale(), Shop.offer(3),
        unknownSegment.map("Broken one"), unknownSegment.map("Broken two"));
    Plan plan = deployer.plan(config);

    Rehearsal result = deployer.rehearse(plan, FakeJourneyApi.create().client());

    assertThat(result.refusals()).extracting(r -> r.change().name(), Rehearsal.Refusal::status)
        .containsExactly(tuple("Broken one", 400),
            tuple("Broken two", 400));
    assertThat(result.refusals().get(0).message()).contains("triggerWithSegments");
    assertOrgOnlyRead();
  }

  @Test
  void aRefusedCreateAlsoRefusesWhatRefersToIt() {
    FakeJourneyApi rehearsal = FakeJourneyApi.create();
    rehearsal.faults().add(Fault.on(Operation.POST_JOURNEY_ACTIONTEMPLATES).respond(400));

    Rehearsal result = deployer.rehearse(deployer.plan(Shop.config()), rehearsal.client());

    assertThat(result.refusals()).extracting(r -> r.change().name(), Rehearsal.Refusal::status)
        .containsExactly(tuple("Spring sale", 400),
            tuple("Offer the sale", 0));
    assertThat(result.refusals().get(1).message()).contains("action template 'Spring sale'", "does not exist");
  }

  @Test
  void aPruneOfAnObjectSomeoneElsesActionMapUsesIsRefusedByAStricterRehearsalApi() {
    deployer.apply(deployer.plan(Shop.config()));
    org.journal().clear();
    Deployer pruning = Deployer.builder(org.client()).prune(Prune.matching("Mobile shoppers")).build();
    Plan plan = pruning.plan(JourneyConfig.of(Shop.pricing()));

    Rehearsal result = pruning.rehearse(plan, FakeJourneyApi.builder().rejectReferencedDeletes(true).build().client());

    assertThat(plan.requests()).extracting(Change::describe).containsExactly("delete segment 'Mobile shoppers'");
    assertThat(result.refusals()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(409));
    assertThat(org.segments()).hasSize(2);
    assertOrgOnlyRead();
  }

  /** Action maps that name a segment id the org does not have: the validator cannot know, the API refuses. */
  private static final class ActionMapFixture {
    io.journeydsl.actionmap.ActionMap map(String name) {
      return Shop.offer(2).withDisplayName(name).withTriggerWithSegments(List.of("0f8a2b4e-no-such-segment"));
    }
  }
}
