package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.validation.JourneyValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan and apply against the in-memory fake: matching by name, ordering, references, diffs. */
class DeployerTest {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().seed(7).build();
  private final Deployer deployer = Deployer.to(fake.client());

  @Test
  void anEmptyOrgGetsEveryObjectCreatedReferredToObjectsFirst() {
    Plan plan = deployer.plan(Shop.config());
    assertThat(plan.changes()).extracting(Change::action).containsOnly(ChangeAction.CREATE);
    assertThat(plan.changes()).extracting(Change::name)
        .containsExactly("Pricing visitors", "Mobile shoppers", "Spring sale", "Offer the sale");

    ApplyResult result = deployer.apply(plan);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.done()).hasSize(4);
    ActionMap map = fake.actionMaps().get(0);
    assertThat(map.triggerWithSegments()).containsExactly(segmentId(fake, "Pricing visitors"), segmentId(fake, "Mobile shoppers"));
    assertThat(map.action().actionTemplate().id()).isEqualTo(fake.actionTemplates().get(0).id());
    List<String> writes = fake.journal().calls().stream().map(c -> c.method())
        .filter(m -> !m.equals("GET")).toList();
    assertThat(writes).containsOnly("POST").hasSize(4);
  }

  @Test
  void aSecondPlanAfterApplyIsEmpty() {
    deployer.apply(deployer.plan(Shop.config()));

    Plan again = deployer.plan(Shop.config());

    assertThat(again.hasChanges()).isFalse();
    assertThat(again.changes()).extracting(Change::action).containsOnly(ChangeAction.UNCHANGED);
  }

  @Test
  void oneChangedFieldIsOneMinimalPatchWithTheCurrentVersion() {
    deployer.apply(deployer.plan(Shop.config()));
    fake.journal().clear();
    JourneyConfig changed = JourneyConfig.of(Shop.pricing(), Shop.mobile(), Shop.sale(), Shop.offer(1));

    Plan plan = deployer.plan(changed);
    Change update = plan.requests().get(0);

    assertThat(plan.requests()).hasSize(1);
    assertThat(update.action()).isEqualTo(ChangeAction.UPDATE);
    assertThat(update.fields()).containsExactly(new FieldChange("weight", "3", "1"));
    assertThat(deployer.apply(plan).succeeded()).isTrue();
    String body = fake.journal().calls().stream().filter(c -> c.method().equals("PATCH"))
        .findFirst().orElseThrow().body();
    assertThat(body).contains("\"weight\":1", "\"version\":1").doesNotContain("isActive", "activation");
    assertThat(fake.actionMaps().get(0).weight()).isEqualTo(1);
    assertThat(deployer.plan(changed).hasChanges()).isFalse();
  }

  @Test
  void aFieldTheConfigurationDropsIsCleared() {
    deployer.apply(deployer.plan(Shop.config()));
    JourneyConfig withoutDescription = JourneyConfig.of(Shop.pricing(), Shop.mobile(), Shop.sale(), Shop.offer(3));
    fake.client().segments().update(segmentId(fake, "Pricing visitors"), s -> s.withDescription("old"));

    Plan plan = deployer.plan(withoutDescription);

    assertThat(plan.requests()).singleElement().satisfies(c -> assertThat(c.fields())
        .containsExactly(new FieldChange("description", "\"old\"", null)));
    deployer.apply(plan);
    assertThat(fake.segments()).allSatisfy(s -> assertThat(s.description()).isNull());
  }

  @Test
  void serverChosenAndDefaultedFieldsLeftOutAreNoChange() {
    JourneyConfig bare = JourneyConfig.of(Shop.pricing().withColor(null).withIsActive(null));
    deployer.apply(deployer.plan(JourneyConfig.of(Shop.pricing())));

    assertThat(deployer.plan(bare).hasChanges()).isFalse();
  }

  @Test
  void invalidConfigurationsStopBeforeTheOrgIsRead() {
    JourneyConfig broken = JourneyConfig.of(Shop.pricing().withColor("blue"));

    assertThatThrownBy(() -> deployer.plan(broken)).isInstanceOf(JourneyValidationException.class)
        .satisfies(e -> assertThat(((JourneyValidationException) e).report().hasErrors()).isTrue());
    assertThat(fake.journal().calls()).isEmpty();
  }

  @Test
  void twoOrgObjectsWithTheConfigurationsNameAreAPlanErrorNamingBothIds() {
    String first = fake.client().segments().create(Shop.pricing()).id();
    String second = fake.client().segments().create(Shop.pricing()).id();

    assertThatThrownBy(() -> deployer.plan(Shop.config())).isInstanceOf(PlanException.class)
        .hasMessageContaining("Pricing visitors").hasMessageContaining(first).hasMessageContaining(second);
  }

  @Test
  void duplicatesTheConfigurationDoesNotNameDoNotStopThePlan() {
    fake.client().segments().create(Shop.mobile().withDisplayName("Someone else's"));
    fake.client().segments().create(Shop.mobile().withDisplayName("Someone else's"));

    assertThat(deployer.plan(Shop.config()).count(ChangeAction.CREATE)).isEqualTo(4);
  }

  @Test
  void withoutPruningNothingIsDeleted() {
    fake.client().segments().create(Shop.mobile().withDisplayName("Legacy"));

    Plan plan = deployer.plan(Shop.config());

    assertThat(plan.changes()).extracting(Change::name).doesNotContain("Legacy");
  }

  @Test
  void pruningDeletesOnlySelectedObjectsListsThemFirstAndDeletesActionMapsBeforeWhatTheyReferTo() {
    deployer.apply(deployer.plan(Shop.config()));
    fake.client().segments().create(Shop.mobile().withDisplayName("Team A: old"));
    fake.client().segments().create(Shop.mobile().withDisplayName("Team B: keep"));
    Deployer pruning = Deployer.builder(fake.client()).prune(Prune.matching("Team A: .*")).build();
    JourneyConfig onlySegments = JourneyConfig.of(Shop.pricing(), Shop.mobile());

    Plan plan = Deployer.builder(fake.client()).prune(Prune.all(ApiCollection.ACTION_MAPS))
        .prune(Prune.all(ApiCollection.ACTION_MAPS).and(Prune.matching("Team A: .*"))).build().plan(onlySegments);

    assertThat(plan.changes().subList(0, 2)).extracting(Change::action, Change::name).containsExactly(
        tuple(ChangeAction.DELETE, "Offer the sale"),
        tuple(ChangeAction.DELETE, "Team A: old"));
    assertThat(pruning.plan(onlySegments).count(ChangeAction.DELETE)).isEqualTo(1);
    fake.journal().clear();
    assertThat(Deployer.to(fake.client()).apply(plan).succeeded()).isTrue();
    assertThat(fake.segments()).extracting(s -> s.displayName())
        .containsExactlyInAnyOrder("Pricing visitors", "Mobile shoppers", "Team B: keep");
    assertThat(fake.actionMaps()).isEmpty();
    assertThat(fake.journal().calls()).filteredOn(c -> c.method().equals("DELETE"))
        .extracting(c -> c.path()).first().asString().contains("actionmaps");
  }

  static String segmentId(FakeJourneyApi fake, String name) {
    return fake.segments().stream().filter(s -> s.displayName().equals(name)).findFirst().orElseThrow().id();
  }
}
