package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ReferenceSite;
import io.journeydsl.internal.WireFields;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.wire.ModelArbitraries.Options;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated {@link WireFields} reads each model value's fields by wire name exactly as its JSON
 * shows them, and a reference site found by walking the model is the same as found in its wire JSON:
 * the validator's reference rule walks models, the fake walks JSON, and both must see the same
 * references.
 */
class WireFieldsProperties {

  @Property(tries = 60)
  void everyWireFieldReadsAsItsJson(@ForAll("oneOfEachType") List<Object> values) {
    List<Class<?>> types = ModelCatalog.modelTypes();
    for (int i = 0; i < types.size(); i++) {
      Object value = values.get(i);
      ObjectNode wire = JourneyJson.mapper().valueToTree(value);
      Map<?, ?> unknown = unknownFields(types.get(i), value);
      for (Iterator<Map.Entry<String, JsonNode>> it = wire.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String name = field.getKey();
        if (unknown.containsKey(name)) {
          assertThatThrownBy(() -> WireFields.get(value, name)).as("%s.%s is not a field of the model", types.get(i), name)
              .isInstanceOf(IllegalArgumentException.class);
        } else {
          JsonNode read = JourneyJson.mapper().valueToTree(WireFields.get(value, name));
          assertThat(read).as("%s.%s", types.get(i).getSimpleName(), name).isEqualTo(field.getValue());
        }
      }
      for (String name : accessors(types.get(i))) {
        if (!wire.has(name)) {
          Object absent = WireFields.get(value, name);
          assertThat(absent == null || absent instanceof Collection<?> c && c.isEmpty() || absent instanceof Map<?, ?> m
              && m.isEmpty()).as("%s.%s is absent from the JSON, so from the model", types.get(i).getSimpleName(), name)
              .isTrue();
        }
      }
    }
  }

  @Property(tries = 200)
  void referenceSitesOfTheModelAreThoseOfItsJson(@ForAll("actionMaps") Object map) {
    JsonNode wire = JourneyJson.mapper().valueToTree(map);
    for (ReferenceSite site : ReferenceSite.of(ApiCollection.ACTION_MAPS)) {
      assertThat(site.find(map)).as(site.path()).isEqualTo(site.find(wire));
    }
  }

  @Property(tries = 10)
  void aValueOutsideTheModelIsRefused(@ForAll("oneOfEachType") List<Object> values) {
    assertThatThrownBy(() -> WireFields.get("text", "length")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> WireFields.get(values.get(0), "noSuchField")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noSuchField");
  }

  private static Map<?, ?> unknownFields(Class<?> type, Object value) {
    try {
      return (Map<?, ?>) type.getMethod("unknownFields").invoke(value);
    } catch (NoSuchMethodException e) {
      return Map.of();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The attribute accessors of a model type, whose names are the wire names. */
  private static List<String> accessors(Class<?> type) {
    return java.util.Arrays.stream(type.getDeclaredMethods())
        .filter(m -> java.lang.reflect.Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .map(java.lang.reflect.Method::getName)
        .filter(n -> !n.equals("unknownFields") && !n.equals("explicitNulls"))
        .toList();
  }

  @Provide
  Arbitrary<List<Object>> oneOfEachType() {
    return ModelArbitraries.oneOfEach(Options.OPEN);
  }

  @Provide
  Arbitrary<Object> actionMaps() {
    return ModelArbitraries.of(ActionMap.class, Options.OPEN);
  }
}
