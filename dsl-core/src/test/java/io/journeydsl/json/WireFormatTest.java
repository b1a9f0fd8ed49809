package io.journeydsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.model.MediaType;
import io.journeydsl.pattern.StreamType;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.PatchCloseButtonStyleProperties;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {

  @Test
  void unknownFieldsAndEnumValuesSurviveReadAndWrite() throws Exception {
    String json = """
        {"id":"s1","displayName":"Pricing","scope":"Galaxy","futureField":{"nested":[1,null,"x"]},
         "journey":{"patterns":[{"criteria":[{"key":"page.url","values":["/p"],"shouldIgnoreCase":false,
           "operator":"fuzzyMatch","newCriteriaField":true}],"count":1,"streamType":"Hologram","sessionType":"web"}]},
         "nothing":null}""";
    JourneySegment segment = JourneyJson.read(json, JourneySegment.class);

    assertThat(segment.scope().value()).isEqualTo("Galaxy");
    assertThat(segment.scope().isKnown()).isFalse();
    assertThat(segment.journey().patterns().get(0).streamType()).isEqualTo(StreamType.of("Hologram"));
    JsonNode expected = JourneyJson.mapper().readTree(json);
    JsonNode actual = JourneyJson.mapper().readTree(JourneyJson.write(segment));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void nullsAreOmittedAndEmptyListsKept() {
    JourneySegment segment = JourneySegment.builder().displayName("A")
        .journey(j -> j.patterns(List.of())).build();
    assertThat(JourneyJson.write(segment)).isEqualTo("{\"displayName\":\"A\",\"journey\":{\"patterns\":[]}}");
  }

  @Test
  void patchDistinguishesAbsentExplicitNullAndEmpty() {
    PatchSegment patch = PatchSegment.builder().displayName("A").version(3).clearDescription().build();
    String json = JourneyJson.write(patch);
    assertThat(json).isEqualTo("{\"displayName\":\"A\",\"version\":3,\"description\":null}");
    PatchSegment back = JourneyJson.read(json, PatchSegment.class);
    assertThat(back).isEqualTo(patch);
    assertThat(back.explicitNulls()).containsExactly("description");
  }

  @Test
  void freeFormDecimalsKeepEveryDigitAndTypedFloatsStayFloats() throws Exception {
    // Unknown fields and configurationFields are JsonNode: a double would round 0.1000000000000000055511.
    String segment = "{\"displayName\":\"x\",\"extra\":[0.1000000000000000055511,1.50,123456789012345678901.5]}";
    assertThat(JourneyJson.mapper().readTree(JourneyJson.write(JourneyJson.read(segment, JourneySegment.class))))
        .isEqualTo(JourneyJson.mapper().readTree(segment));
    assertThat(JourneyJson.write(JourneyJson.read(segment, JourneySegment.class)))
        .contains("[0.1000000000000000055511,1.50,123456789012345678901.5]");
    // PATCH bodies pass through a tree on write; a Float must not widen to 0.30000001192092896 there.
    String patch = "{\"opacity\":0.3,\"future\":2.50}";
    assertThat(JourneyJson.write(JourneyJson.read(patch, PatchCloseButtonStyleProperties.class))).isEqualTo(patch);
  }

  @Test
  void datesAreWrittenWithMillisInUtcAndReadLeniently() {
    ActionTemplate t = JourneyJson.read(
        "{\"name\":\"x\",\"mediaType\":\"contentOffer\",\"createdDate\":\"2023-12-19T12:59:00+01:00\"}", ActionTemplate.class);
    assertThat(t.createdDate()).isEqualTo(Instant.parse("2023-12-19T11:59:00Z"));
    assertThat(t.mediaType()).isSameAs(MediaType.CONTENT_OFFER);
    assertThat(JourneyJson.write(t)).contains("\"createdDate\":\"2023-12-19T11:59:00.000Z\"");
  }

  @Test
  void wrongTypesNameTheFieldPath() {
    assertThatThrownBy(() -> JourneyJson.read(
        "{\"displayName\":\"x\",\"journey\":{\"patterns\":[{\"count\":\"many\"}]}}", JourneySegment.class))
        .isInstanceOf(JourneyJsonException.class)
        .hasMessageContaining("journey.patterns[0].count")
        .hasMessageNotContaining("Immutable");
    assertThatThrownBy(() -> JourneyJson.read("{\"displayName\":\"x\",\"color\":[1]}", JourneySegment.class))
        .hasMessageContaining("at color")
        .hasMessageContaining("found an array")
        .hasMessageNotContaining("JsonToken");
  }

  @Test
  void toStringShowsOnlyTheSetFieldsWithWireNames() {
    JourneySegment segment = JourneySegment.builder().displayName("Pricing").isActive(true).build();
    assertThat(segment.toString()).isEqualTo("JourneySegment{\"isActive\":true,\"displayName\":\"Pricing\"}");
  }

  @Test
  void equalsCoversUnknownFieldsAndExplicitNulls() {
    JourneySegment a = JourneyJson.read("{\"displayName\":\"A\",\"x\":1}", JourneySegment.class);
    JourneySegment b = JourneyJson.read("{\"displayName\":\"A\",\"x\":2}", JourneySegment.class);
    assertThat(a).isNotEqualTo(b);
    assertThat(PatchSegment.builder().displayName("A").clearColor().build())
        .isNotEqualTo(PatchSegment.builder().displayName("A").build());
  }

  @Test
  void aNullListElementNamesItsPath() {
    assertThatThrownBy(() -> JourneyJson.read(
        "{\"displayName\":\"x\",\"triggerWithSegments\":[\"a\",null]}", io.journeydsl.actionmap.ActionMap.class))
        .isInstanceOf(JourneyJsonException.class)
        .hasMessageContaining("triggerWithSegments[1]")
        .satisfies(e -> assertThat(((JourneyJsonException) e).path()).isEqualTo("triggerWithSegments[1]"));
  }
}
