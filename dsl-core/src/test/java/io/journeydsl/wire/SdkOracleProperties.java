package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.wire.ModelArbitraries.Options;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Our JSON is what the official SDK reads and writes: for every model type, an instance of ours
 * written by {@link JourneyJson} binds to the SDK class of the same name with no unknown property
 * and no type error, and the SDK writes it back as the same JSON tree. Each try checks one value of
 * each of the 83 types.
 */
class SdkOracleProperties {

  @Property(tries = 150)
  void theSdkReadsOurJsonAndWritesTheSameTree(@ForAll("oneOfEachType") List<Object> values) throws Exception {
    List<Class<?>> types = ModelCatalog.modelTypes();
    for (int i = 0; i < types.size(); i++) {
      Class<?> type = types.get(i);
      String ours = JourneyJson.mapper().writeValueAsString(values.get(i));

      Object sdk = SdkJson.MAPPER.readValue(ours, ModelCatalog.sdkClass(type));
      String theirs = SdkJson.MAPPER.writeValueAsString(sdk);

      JsonNode expected = SdkJson.tree(ours);
      assertThat(SdkJson.withoutSdkDefaults(SdkJson.tree(theirs), expected))
          .as("%s as the SDK writes it", type.getSimpleName())
          .isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<List<Object>> oneOfEachType() {
    return ModelArbitraries.oneOfEach(Options.ORACLE);
  }
}
