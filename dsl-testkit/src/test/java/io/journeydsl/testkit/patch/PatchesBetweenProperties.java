package io.journeydsl.testkit.patch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.patch.Patches;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Applying {@code Patches.between(current, desired)} to {@code current} in the fake gives
 * {@code desired}, server-assigned fields aside, for every kind; and the PATCH carries only what
 * changed.
 */
class PatchesBetweenProperties {

  @Property(tries = 60)
  void segmentsBecomeWhatWasDesired(@ForAll("segments") JourneySegment current, @ForAll("segments") JourneySegment other) {
    JourneyClient client = FakeJourneyApi.create().client();
    JourneySegment stored = client.segments().create(current);
    JourneySegment desired = other.withScope(stored.scope());

    JourneySegment patched = client.segments().patch(stored.id(), Patches.between(stored, desired));

    assertSame(ApiCollection.SEGMENTS, patched, desired);
  }

  @Property(tries = 60)
  void outcomesBecomeWhatWasDesired(@ForAll("outcomes") Outcome current, @ForAll("outcomes") Outcome desired) {
    JourneyClient client = FakeJourneyApi.create().client();
    Outcome stored = client.outcomes().create(current);

    Outcome patched = client.outcomes().patch(stored.id(), Patches.between(stored, desired));

    assertSame(ApiCollection.OUTCOMES, patched, desired);
  }

  @Property(tries = 60)
  void templatesBecomeWhatWasDesired(@ForAll("templates") ActionTemplate current,
      @ForAll("templates") ActionTemplate desired) {
    JourneyClient client = FakeJourneyApi.create().client();
    ActionTemplate stored = client.actionTemplates().create(current);

    ActionTemplate patched = client.actionTemplates().patch(stored.id(), Patches.between(stored, desired));

    assertSame(ApiCollection.ACTION_TEMPLATES, patched, desired);
  }

  @Property(tries = 40)
  void actionMapsBecomeWhatWasDesired(@ForAll("mapPairs") List<JourneyConfig> pair) {
    FakeJourneyApi fake = FakeJourneyApi.create();
    JourneyConfig seeded = fake.seed(pair.get(0));
    ActionMap stored = seeded.actionMaps().get(0);
    // The desired map refers to the same segments and templates, by the ids the seed gave them.
    ActionMap desired = pair.get(1).resolve(ref -> ref.name().flatMap(name -> switch (ref.kind()) {
      case SEGMENT -> seeded.segment(name).map(JourneySegment::id);
      case ACTION_TEMPLATE -> seeded.actionTemplate(name).map(ActionTemplate::id);
      case OUTCOME -> seeded.outcome(name).map(Outcome::id);
      case ACTION_MAP -> seeded.actionMap(name).map(ActionMap::id);
    }).orElse(null)).actionMaps().get(0);

    ActionMap patched = fake.client().actionMaps().patch(stored.id(), Patches.between(stored, desired));

    assertSame(ApiCollection.ACTION_MAPS, patched, desired);
  }

  @Property(tries = 40)
  void aPatchBetweenEqualObjectsChangesNothing(@ForAll("segments") JourneySegment segment) {
    JourneySegment stored = FakeJourneyApi.create().client().segments().create(segment);

    assertThat(Patches.changedFields(stored, stored)).isEmpty();
    assertThat(Patches.changedFields(stored, stored.withColor("#00AA00")))
        .isEqualTo(segment.color().equals("#00AA00") ? java.util.Set.of() : java.util.Set.of("color"));
  }

  private static void assertSame(ApiCollection collection, Object actual, Object desired) {
    assertThat(withoutServerFields(collection, actual)).isEqualTo(withoutServerFields(collection, desired));
  }

  private static JsonNode withoutServerFields(ApiCollection collection, Object value) {
    ObjectNode json = JourneyJson.mapper().valueToTree(value);
    collection.serverFields().forEach(json::remove);
    return json;
  }

  @Provide
  Arbitrary<JourneySegment> segments() {
    return JourneyArbitraries.segments();
  }

  @Provide
  Arbitrary<Outcome> outcomes() {
    return JourneyArbitraries.outcomes();
  }

  @Provide
  Arbitrary<ActionTemplate> templates() {
    return JourneyArbitraries.actionTemplates();
  }

  /** Two bundles over the same segments and templates: the first holds the current map, the second the desired one. */
  @Provide
  Arbitrary<List<JourneyConfig>> mapPairs() {
    return Combinators.combine(JourneyArbitraries.segments().list().ofMinSize(1).ofMaxSize(3)
            .uniqueElements(JourneySegment::displayName),
        JourneyArbitraries.actionTemplates().list().ofMaxSize(2).uniqueElements(ActionTemplate::name))
        .as((segments, templates) -> List.of(segments, templates))
        .flatMap(parts -> {
          @SuppressWarnings("unchecked")
          List<JourneySegment> segments = (List<JourneySegment>) parts.get(0);
          @SuppressWarnings("unchecked")
          List<ActionTemplate> templates = (List<ActionTemplate>) parts.get(1);
          Arbitrary<ActionMap> maps = JourneyArbitraries.actionMaps(segments, templates);
          return Combinators.combine(maps, maps).as((current, desired) -> List.of(
              JourneyConfig.builder().addAllSegments(segments).addAllActionTemplates(templates).addActionMaps(current).build(),
              JourneyConfig.builder().addActionMaps(desired).build()));
        });
  }

}
