package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every model type offers {@code toBuilder()} and a {@code withX(value)} copy per field: the builder
 * copy equals the value, and {@code withX} changes that field alone (here: clears it, then puts the
 * original back).
 */
class CopyProperties {

  @Property(tries = 40)
  void withChangesOneFieldAndToBuilderCopiesAll(@ForAll("oneOfEach") List<Object> values) throws Exception {
    List<Class<?>> types = ModelCatalog.modelTypes();
    for (int i = 0; i < types.size(); i++) {
      Class<?> type = types.get(i);
      Object value = values.get(i);
      Object builder = type.getMethod("toBuilder").invoke(value);
      assertThat(builder.getClass().getMethod("build").invoke(builder)).as(type.getSimpleName()).isEqualTo(value);
      for (Map.Entry<String, Method> attribute : ModelCatalog.attributes(type).entrySet()) {
        Method with = withMethod(type, attribute.getKey(), attribute.getValue().getReturnType());
        Object original = attribute.getValue().invoke(value);
        Object cleared = with.invoke(value, (Object) null);
        assertThat(attribute.getValue().invoke(cleared)).as("%s.%s", type.getSimpleName(), with.getName()).isNull();
        assertThat(with.invoke(cleared, original)).as("%s back", with.getName()).isEqualTo(value);
      }
    }
  }

  private static Method withMethod(Class<?> type, String attribute, Class<?> parameter) throws NoSuchMethodException {
    String name = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    return type.getMethod(name, parameter);
  }

  @Provide
  Arbitrary<List<Object>> oneOfEach() {
    return ModelArbitraries.oneOfEach(ModelArbitraries.Options.ORACLE);
  }
}
