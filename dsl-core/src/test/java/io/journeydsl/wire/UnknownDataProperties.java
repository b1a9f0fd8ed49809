package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.JourneyJson;
import io.journeydsl.wire.ModelArbitraries.Options;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What a newer API sends survives export -> apply: JSON with fields no model type declares (at the
 * top and in nested objects, with any JSON value, null and long decimals included) and enum strings
 * we do not know reads into our model and is written back as the same tree. The input JSON comes
 * from {@link ReferenceJson}, not from our serializer. Every model type, one value each per try.
 */
class UnknownDataProperties {

  @Property(tries = 100)
  void unknownFieldsAndEnumValuesRoundTrip(@ForAll("oneOfEachType") List<Object> values) throws Exception {
    List<Class<?>> types = ModelCatalog.modelTypes();
    for (int i = 0; i < types.size(); i++) {
      Class<?> type = types.get(i);
      String json = ReferenceJson.of(values.get(i)).toString();

      Object read = JourneyJson.mapper().readValue(json, type);
      String back = JourneyJson.mapper().writeValueAsString(read);

      assertThat(SdkJson.tree(back)).as("%s written back", type.getSimpleName()).isEqualTo(SdkJson.tree(json));
    }
  }

  @Provide
  Arbitrary<List<Object>> oneOfEachType() {
    return ModelArbitraries.oneOfEach(Options.OPEN);
  }
}
