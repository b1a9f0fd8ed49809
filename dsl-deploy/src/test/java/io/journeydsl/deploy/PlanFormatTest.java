package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.testkit.FakeJourneyApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan's text and its JSON schema {@code journey-plan/1}, compared as text: scripts read them. */
class PlanFormatTest {
  private final FakeJourneyApi fake = FakeJourneyApi.builder().seed(11).build();
  private Plan plan;

  @BeforeEach
  void planOneOfEachChange() {
    Deployer.to(fake.client()).apply(Deployer.to(fake.client()).plan(
        JourneyConfig.of(Shop.pricing(), Shop.sale(), Shop.offer(3).withTriggerWithSegments(java.util.List.of("${segment:Pricing visitors}")))));
    fake.client().segments().create(Shop.mobile().withDisplayName("Legacy"));
    JourneyConfig next = JourneyConfig.of(Shop.pricing(), Shop.mobile(), Shop.sale(),
        Shop.offer(1).withTriggerWithSegments(java.util.List.of("${segment:Pricing visitors}")));
    plan = Deployer.builder(fake.client()).prune(Prune.all(ApiCollection.SEGMENTS)).build().plan(next);
  }

  @Test
  void text() {
    assertThat(plan.toText(false)).isEqualTo("""
        Plan: 1 to create, 1 to update, 1 to delete, 2 unchanged.
        - segment 'Legacy' (id %s)
        = segment 'Pricing visitors' (id %s)
        + segment 'Mobile shoppers'
        = action template 'Spring sale' (id %s)
        ~ action map 'Offer the sale' (id %s)
            weight: 3 -> 1
        """.formatted(DeployerTest.segmentId(fake, "Legacy"), DeployerTest.segmentId(fake, "Pricing visitors"),
        fake.actionTemplates().get(0).id(), fake.actionMaps().get(0).id()));
  }

  @Test
  void colourOnlyWhenAsked() {
    assertThat(plan.toText(false)).doesNotContain("\u001B[");
    assertThat(plan.toText(true)).contains("\u001B[32m+ segment 'Mobile shoppers'\u001B[0m",
        "\u001B[31m- segment 'Legacy'", "\u001B[33m~ action map 'Offer the sale'");
  }

  @Test
  void json() {
    assertThat(plan.toJson()).isEqualTo("""
        {
          "schema" : "journey-plan/1",
          "hasChanges" : true,
          "summary" : {
            "create" : 1,
            "update" : 1,
            "delete" : 1,
            "unchanged" : 2
          },
          "changes" : [ {
            "action" : "delete",
            "collection" : "segments",
            "name" : "Legacy",
            "id" : "%s",
            "fields" : [ ]
          }, {
            "action" : "unchanged",
            "collection" : "segments",
            "name" : "Pricing visitors",
            "id" : "%s",
            "fields" : [ ]
          }, {
            "action" : "create",
            "collection" : "segments",
            "name" : "Mobile shoppers",
            "id" : null,
            "fields" : [ ]
          }, {
            "action" : "unchanged",
            "collection" : "actionTemplates",
            "name" : "Spring sale",
            "id" : "%s",
            "fields" : [ ]
          }, {
            "action" : "update",
            "collection" : "actionMaps",
            "name" : "Offer the sale",
            "id" : "%s",
            "fields" : [ {
              "field" : "weight",
              "before" : 3,
              "after" : 1
            } ]
          } ],
          "warnings" : [ {
            "path" : "actionTemplates[Spring sale].contentOffer.imageUrl",
            "code" : "contentOffer.imageUrl.missing",
            "message" : "is missing but layoutMode 'LeftText' shows an image"
          } ]
        }""".formatted(DeployerTest.segmentId(fake, "Legacy"), DeployerTest.segmentId(fake, "Pricing visitors"),
        fake.actionTemplates().get(0).id(), fake.actionMaps().get(0).id()));
  }
}
