package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.ExplicitNulls;
import io.journeydsl.json.JourneyJson;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The clear methods of PATCH builders, written by the build: every writable field of every PATCH
 * body has one, a read-only field has none, and each sends exactly {@code "field": null}.
 */
class ClearMethodsTest {
  private static final Set<String> READ_ONLY = Set.of("id", "selfUri", "createdDate", "modifiedDate");

  @Test
  void everyWritableFieldOfEveryPatchBodyCanBeClearedAndNothingElse() throws Exception {
    List<String> problems = new ArrayList<>();
    int patchTypes = 0;
    for (Class<?> type : ModelCatalog.modelTypes()) {
      if (!ExplicitNulls.class.isAssignableFrom(type)) {
        continue;
      }
      patchTypes++;
      Set<String> expected = new TreeSet<>();
      for (String field : ModelCatalog.attributes(type).keySet()) {
        if (!READ_ONLY.contains(field)) {
          expected.add("clear" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
        }
      }
      Class<?> builderType = type.getMethod("builder").getReturnType();
      Set<String> actual = new TreeSet<>();
      for (Method method : builderType.getMethods()) {
        if (method.getName().startsWith("clear") && method.getParameterCount() == 0) {
          actual.add(method.getName());
        }
      }
      if (!actual.equals(expected)) {
        problems.add(type.getSimpleName() + ": expected " + expected + ", has " + actual);
        continue;
      }
      for (String clear : expected) {
        Object builder = type.getMethod("builder").invoke(null);
        Object built = builderType.getMethod("build").invoke(builderType.getMethod(clear).invoke(builder));
        String field = Character.toLowerCase(clear.charAt(5)) + clear.substring(6);
        String json = JourneyJson.write(built);
        if (!json.equals("{\"" + field + "\":null}")) {
          problems.add(type.getSimpleName() + "." + clear + "() wrote " + json);
        }
      }
    }
    assertThat(patchTypes).isGreaterThanOrEqualTo(20);
    assertThat(problems).isEmpty();
  }
}
