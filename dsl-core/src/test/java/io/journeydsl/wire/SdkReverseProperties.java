package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.JourneyJson;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reverse direction: whatever the official SDK writes, our model reads with nothing lost.
 * SDK objects are populated from the SDK's own field declarations; their JSON must read into the
 * type of ours with the same name with every field and enum value typed (none left to the
 * unknown-field catch-all, which would round-trip but hide a gap), and our JSON of it must be the
 * SDK's tree.
 */
class SdkReverseProperties {

  @Property(tries = 150)
  void ourModelReadsSdkJsonWithNothingLost(@ForAll("oneOfEachSdkType") List<Object> sdkValues) throws Exception {
    List<Class<?>> types = ModelCatalog.modelTypes();
    for (int i = 0; i < types.size(); i++) {
      Class<?> type = types.get(i);
      String theirs = SdkJson.MAPPER.writeValueAsString(sdkValues.get(i));

      Object ours = JourneyJson.mapper().readValue(theirs, type);
      assertThat(ModelWalker.notModelled(ours)).as("%s read from %s", type.getSimpleName(), theirs).isEmpty();

      String back = JourneyJson.mapper().writeValueAsString(ours);
      assertThat(SdkJson.tree(back)).as("%s as we write it", type.getSimpleName()).isEqualTo(SdkJson.tree(theirs));
    }
  }

  @Provide
  Arbitrary<List<Object>> oneOfEachSdkType() {
    return SdkArbitraries.oneOfEach();
  }
}
