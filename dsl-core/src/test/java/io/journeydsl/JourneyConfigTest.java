package io.journeydsl;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.quantile;
import static io.journeydsl.Journey.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.json.JourneyJsonException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyConfigTest {

  private static JourneyConfig sample() {
    return JourneyConfig.of(
        segment("Pricing"), segment("Mobile").build(), outcome("Buy"),
        actionMap("Offer").triggerWithSegments(Ref.segment("Pricing"), Ref.segmentId("seg-9"))
            .addTriggerWithOutcomeQuantileConditions(quantile(Ref.outcome("Buy"), 0.5f))
            .action(contentOffer(Ref.actionTemplate("Sale"))));
  }

  @Test
  void placesObjectsByTypeAndFindsThemByIdentity() {
    JourneyConfig config = sample();
    assertThat(config.segments()).extracting(s -> s.displayName()).containsExactly("Pricing", "Mobile");
    assertThat(config.outcome("Buy")).isPresent();
    assertThat(config.actionMap("Offer")).isPresent();
    assertThat(config.actionTemplate("Sale")).isEmpty();
    assertThatThrownBy(() -> JourneyConfig.of(segment("A"), "not a journey object"))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("argument 1").hasMessageContaining("java.lang.String");
  }

  @Test
  void listsEveryReferenceWithItsPath() {
    assertThat(sample().references()).containsExactly(
        new BundleReference("actionMaps[Offer].triggerWithSegments[0]", Ref.segment("Pricing")),
        new BundleReference("actionMaps[Offer].triggerWithSegments[1]", Ref.segmentId("seg-9")),
        new BundleReference("actionMaps[Offer].action.actionTemplate.id", Ref.actionTemplate("Sale")),
        new BundleReference("actionMaps[Offer].triggerWithOutcomeQuantileConditions[0].outcomeId", Ref.outcome("Buy")));
  }

  @Test
  void resolvesNamesToIdsAndLeavesUnknownOnesAlone() {
    Map<Ref<?>, String> ids = Map.of(Ref.segment("Pricing"), "seg-1", Ref.outcome("Buy"), "out-1");
    ActionMap resolved = sample().resolve(ids::get).actionMap("Offer").orElseThrow();
    assertThat(resolved.triggerWithSegments()).containsExactly("seg-1", "seg-9");
    assertThat(resolved.triggerWithOutcomeQuantileConditions().get(0).outcomeId()).isEqualTo("out-1");
    assertThat(resolved.action().actionTemplate().id()).isEqualTo("${actionTemplate:Sale}");
  }

  @Test
  void readsAndWritesBundleFiles(@TempDir Path dir) {
    Path file = dir.resolve("bundle.json");
    sample().write(file);
    assertThat(JourneyConfig.read(file)).isEqualTo(sample());
  }

  @Test
  void emptyKeysAreOmittedAndAllKeysOptional() {
    assertThat(JourneyConfig.of(segment("A")).toJson()).doesNotContain("outcomes").contains("\"segments\"");
    assertThat(JourneyConfig.fromJson("{}")).isEqualTo(JourneyConfig.builder().build());
  }

  @Test
  void unknownTopLevelKeyIsAnErrorWithLineAndColumn() {
    assertThatThrownBy(() -> JourneyConfig.fromJson("{\n  \"segments\": [],\n  \"segmets\": []\n}"))
        .isInstanceOf(JourneyJsonException.class)
        .hasMessageContaining("'segmets'")
        .satisfies(e -> {
          JourneyJsonException j = (JourneyJsonException) e;
          assertThat(j.line()).isEqualTo(3);
          assertThat(j.column()).isEqualTo(3);
        });
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThatThrownBy(() -> JourneyConfig.fromJson("{\"segments\": [ {\"displayName\": \"A\",, } ]}"))
        .isInstanceOf(JourneyJsonException.class)
        .hasMessageContaining("line 1, column");
    assertThatThrownBy(() -> JourneyConfig.fromJson("[1]")).isInstanceOf(JourneyJsonException.class)
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> JourneyConfig.fromJson("{\"segments\": [{\"displayName\": \"A\", \"version\": \"x\"}]}"))
        .isInstanceOf(JourneyJsonException.class).hasMessageContaining("segments[0].version");
  }

  @Test
  void unknownFieldsInsideObjectsSurvive() {
    String json = "{\"segments\":[{\"displayName\":\"A\",\"laterField\":{\"x\":1}}]}";
    assertThat(JourneyConfig.fromJson(json).toJson().replaceAll("\\s", "")).isEqualTo(json);
  }

  @Property(tries = 200)
  void anyBundleRoundTripsThroughJson(@ForAll("configs") JourneyConfig config) {
    assertThat(JourneyConfig.fromJson(config.toJson())).isEqualTo(config);
  }

  @Provide
  Arbitrary<JourneyConfig> configs() {
    Arbitrary<String> names = Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank());
    Arbitrary<List<String>> segmentNames = names.list().ofMaxSize(4).uniqueElements();
    Arbitrary<List<String>> mapNames = names.list().ofMaxSize(3).uniqueElements();
    return Combinators.combine(segmentNames, mapNames, Arbitraries.integers().between(1, 3)).as((segs, maps, weight) -> {
      JourneyConfig.Builder b = JourneyConfig.builder();
      segs.forEach(s -> b.add(segment(s).color("#00AA00")));
      for (String m : maps) {
        ActionMap.Builder map = actionMap(m).weight(weight);
        segs.forEach(s -> map.triggerWithSegments(Ref.segment(s)));
        b.add(map);
      }
      return b.build();
    });
  }

  @Test
  void unreadableFileIsReportedWithItsName(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    assertThat(Files.exists(missing)).isFalse();
    assertThatThrownBy(() -> JourneyConfig.read(missing)).hasMessageContaining("missing.json");
  }
}
