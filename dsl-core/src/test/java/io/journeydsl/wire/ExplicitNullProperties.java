package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.ExplicitNulls;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.wire.ModelArbitraries.Options;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * PATCH bodies keep "clear this field" apart from "leave it": JSON in which some fields of a PATCH
 * type (top-level or a nested PATCH type) are explicitly null reads into our type and writes back
 * with the same nulls, the same values and nothing else; a value built with clear*() writes that
 * same JSON. The input comes from {@link ReferenceJson}. Every PATCH type, one value each per try.
 */
class ExplicitNullProperties {
  private static final List<Class<?>> PATCH_TYPES = ModelCatalog.modelTypes().stream()
      .filter(ExplicitNulls.class::isAssignableFrom)
      .toList();

  @Property(tries = 150)
  void explicitNullsRoundTrip(@ForAll("oneOfEachPatchType") List<Object> values) throws Exception {
    assertThat(PATCH_TYPES).hasSize(20);
    for (int i = 0; i < PATCH_TYPES.size(); i++) {
      Class<?> type = PATCH_TYPES.get(i);
      ExplicitNulls patch = (ExplicitNulls) values.get(i);
      String json = ReferenceJson.of(patch).toString();

      ExplicitNulls read = (ExplicitNulls) JourneyJson.mapper().readValue(json, type);
      String back = JourneyJson.mapper().writeValueAsString(read);

      // Not equals() on the whole value: free-form JSON numbers may come back as another node class.
      assertThat(read.explicitNulls()).as("%s read from %s", type.getSimpleName(), json)
          .containsExactlyInAnyOrderElementsOf(patch.explicitNulls());
      assertThat(SdkJson.tree(back)).as("%s written back", type.getSimpleName()).isEqualTo(SdkJson.tree(json));
      assertThat(SdkJson.tree(JourneyJson.mapper().writeValueAsString(patch)))
          .as("%s as built", type.getSimpleName()).isEqualTo(SdkJson.tree(json));
    }
  }

  @Provide
  Arbitrary<List<Object>> oneOfEachPatchType() {
    return ModelArbitraries.oneOfEach(PATCH_TYPES, Options.PATCH_NULLS);
  }
}
