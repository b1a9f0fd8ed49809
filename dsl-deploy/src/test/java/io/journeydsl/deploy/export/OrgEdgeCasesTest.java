package io.journeydsl.deploy.export;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.model.MediaType;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an org holds that a configuration cannot say by name, and how much of it export reads. */
class OrgEdgeCasesTest {

  private static JourneySegment.Builder visitors(String name) {
    return segment(name).color("#1E88E5").isActive(true).journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/" + name)));
  }

  private static ActionTemplate template(String name) {
    return contentOfferTemplate(name, o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY)
        .title(name).body("Body")).build();
  }

  @Test
  void everyPageOfEveryCollectionIsRead() {
    FakeJourneyApi org = FakeJourneyApi.create();
    List<Object> objects = new ArrayList<>();
    for (int i = 0; i < 230; i++) {
      objects.add(visitors(String.format("Segment %03d", i)).build());
    }
    for (int i = 0; i < 120; i++) {
      objects.add(template(String.format("Template %03d", i)));
    }
    org.seed(JourneyConfig.of(objects.toArray()));

    JourneyConfig exported = Exporter.over(org.client()).export().config();

    assertThat(exported.segments()).hasSize(230);
    assertThat(exported.actionTemplates()).hasSize(120);
    assertThat(exported.segments().get(229).displayName()).isEqualTo("Segment 229");
    // Pages of 100: three for the segments, two for the templates, one each for the other collections.
    assertThat(org.journal().calls()).extracting(call -> call.operationIfKnown().orElseThrow()).containsExactly(
        Operation.GET_JOURNEY_SEGMENTS, Operation.GET_JOURNEY_SEGMENTS, Operation.GET_JOURNEY_SEGMENTS,
        Operation.GET_JOURNEY_OUTCOMES, Operation.GET_JOURNEY_ACTIONMAPS,
        Operation.GET_JOURNEY_ACTIONTEMPLATES, Operation.GET_JOURNEY_ACTIONTEMPLATES);
  }

  @Test
  void aReferenceToNoExportedObjectStaysAnIdWithANote() {
    FakeJourneyApi org = FakeJourneyApi.create();
    JourneyClient client = org.client();
    String gone = client.segments().create(visitors("Gone").build()).id();
    String kept = client.segments().create(visitors("Kept").build()).id();
    String retired = client.actionTemplates().create(template("Retired")).id();
    client.actionMaps().create(actionMap("Offer").isActive(true).weight(1)
        .triggerWithSegments(Ref.segmentId(gone), Ref.segmentId(kept))
        .pageUrlConditions(url().contains("/x")).action(contentOffer(Ref.actionTemplateId(retired))).build());
    client.segments().delete(gone);
    client.actionTemplates().delete(retired);

    ExportResult export = Exporter.over(client).export();

    assertThat(export.config().actionMap("Offer").orElseThrow().triggerWithSegments())
        .containsExactly(gone, "${segment:Kept}");
    assertThat(export.config().actionMap("Offer").orElseThrow().action().actionTemplate().id()).isEqualTo(retired);
    assertThat(export.notes()).extracting(ExportNote::path).containsExactly(
        "actionMaps[Offer].triggerWithSegments[0]", "actionMaps[Offer].action.actionTemplate.id");
    assertThat(export.notes().get(0).message()).contains(gone, "no exported segment", "kept as an id");
    String source = export.javaSource("", "Exported");
    assertThat(source).contains(".triggerWithSegments(Ref.segmentId(\"" + gone + "\"), Ref.segment(\"Kept\"))")
        .contains(".action(contentOffer(Ref.actionTemplateId(\"" + retired + "\")))");
    assertThat(CompiledConfig.of("Exported", source).toJson()).isEqualTo(export.bundleJson());
  }

  @Test
  void objectsSharingANameAreAllExportedAndReferencesToThemStayIds() {
    FakeJourneyApi org = FakeJourneyApi.create();
    JourneyClient client = org.client();
    String first = client.segments().create(visitors("Twins").color("#000001").build()).id();
    client.segments().create(visitors("Twins").color("#000002").build());
    client.actionMaps().create(actionMap("Greet twins").isActive(true).weight(1).triggerWithSegments(Ref.segmentId(first))
        .pageUrlConditions(url().contains("/x")).action(webMessagingOffer("Hi")).build());

    ExportResult export = Exporter.over(client).export();

    assertThat(export.config().segments()).extracting(JourneySegment::color).containsExactlyInAnyOrder("#000001", "#000002");
    assertThat(export.config().actionMap("Greet twins").orElseThrow().triggerWithSegments()).containsExactly(first);
    assertThat(export.notes()).extracting(ExportNote::toString).containsExactly(
        "segments[Twins]: 2 segments in the org have this name: references to them are kept as ids",
        "actionMaps[Greet twins].triggerWithSegments[0]: refers to segment " + first
            + ", whose name does not identify it: kept as an id");
  }

  @Test
  void theLinkBesideAnIdThatBecameANameGoesWithTheId() {
    FakeJourneyApi org = FakeJourneyApi.create();
    JourneyClient client = org.client();
    String sale = client.actionTemplates().create(template("Sale")).id();
    String shoppers = client.segments().create(visitors("Shoppers").build()).id();
    client.actionMaps().create(actionMap("Offer").isActive(true).weight(1).triggerWithSegments(Ref.segmentId(shoppers))
        .pageUrlConditions(url().contains("/x")).action(a -> a.mediaType(MediaType.CONTENT_OFFER)
            .actionTemplate(t -> t.id(sale).selfUri("/api/v2/journey/actiontemplates/" + sale))).build());

    ExportResult export = Exporter.over(client).export();

    assertThat(export.bundleJson()).contains("\"actionTemplate\" : {\n        \"id\" : \"${actionTemplate:Sale}\"\n      },")
        .doesNotContain("selfUri");
    assertThat(export.javaSource("p", "C")).contains(".action(contentOffer(Ref.actionTemplate(\"Sale\")))");
  }

  @Test
  void aSoftDeletedTemplateInAListingIsLeftOut() {
    FakeJourneyApi org = FakeJourneyApi.create();
    org.seed(JourneyConfig.of(template("Live")));
    ObjectNode deleted = JourneyJson.mapper().valueToTree(template("Retired").withState(ActionTemplateState.DELETED));
    // The API lists deleted templates only when asked to; a client that is handed them anyway must not revive them.
    JourneyClient client = JourneyClient.builder().transport(org).decorate(next -> new JourneyTransport() {
      @Override
      public <R> R execute(JourneyOperation<R> operation) {
        R answer = next.execute(operation);
        if (operation.operation() != Operation.GET_JOURNEY_ACTIONTEMPLATES) {
          return answer;
        }
        ObjectNode listing = JourneyJson.mapper().valueToTree(answer);
        ((ArrayNode) listing.get("entities")).add(deleted.put("id", "t-retired"));
        return JourneyJson.mapper().convertValue(listing, ApiCollection.ACTION_TEMPLATES.listingType());
      }
    }).build();

    ExportResult export = Exporter.over(client).export();

    assertThat(export.config().actionTemplates()).extracting(ActionTemplate::name).containsExactly("Live");
    assertThat(export.notes()).extracting(ExportNote::toString)
        .containsExactly("actionTemplates[Retired]: soft-deleted (state Deleted): not exported");
  }

  @Test
  void anOrgWhoseOutcomesEndpointIsGoneExportsTheRest() {
    FakeJourneyApi org = FakeJourneyApi.builder().profile(ApiProfile.CURRENT).build();
    org.client().segments().create(visitors("Pricing").build());

    ExportResult export = Exporter.over(org.client()).export();

    assertThat(export.config().segments()).extracting(JourneySegment::displayName).containsExactly("Pricing");
    assertThat(export.config().outcomes()).isEmpty();
    assertThat(export.notes()).extracting(ExportNote::path).containsExactly("outcomes");
    assertThat(export.notes().get(0).message()).contains("410");
  }

  @Test
  void anEmptyOrgExportsAnEmptyBundleAndAClassThatBuildsIt() {
    ExportResult export = Exporter.over(FakeJourneyApi.create().client()).export();

    assertThat(export.bundleJson()).isEqualTo("{ }");
    assertThat(CompiledConfig.of("a.b.Empty", export.javaSource("a.b", "Empty")).toJson()).isEqualTo("{ }");
  }

  @Test
  void javaNamesAreChecked() {
    JourneyConfig config = JourneyConfig.of();
    assertThatThrownBy(() -> JavaSource.of(config, "com.example", "class"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'class'");
    assertThatThrownBy(() -> JavaSource.of(config, "com..example", "Journey"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'com..example'");
  }
}
