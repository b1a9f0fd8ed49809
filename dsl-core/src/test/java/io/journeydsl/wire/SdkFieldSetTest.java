package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.error.LimitNamespace;
import io.journeydsl.model.OpenEnum;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Structural check against the SDK: every model type has an SDK class of the same name with exactly
 * the same wire field names. The round-trip properties cannot see a field we lack (the SDK would not
 * write it when its value comes from us), nor a misspelt one we never populate; this test can.
 */
class SdkFieldSetTest {

  @Test
  void theCatalogFindsTheWholeModel() {
    // Guards the package scan: if it silently found nothing, every other test here would pass vacuously.
    assertThat(ModelCatalog.modelTypes()).hasSize(78);
    assertThat(ModelCatalog.openEnums()).hasSize(26);
  }

  @Test
  void everyModelTypeHasTheFieldsOfItsSdkClass() {
    List<String> mismatches = new ArrayList<>();
    for (Class<?> ours : ModelCatalog.modelTypes()) {
      Set<String> ourNames = new TreeSet<>(ModelCatalog.attributes(ours).keySet());
      ourNames.removeIf(name -> ModelCatalog.isNewerThanSdk(ours, name));
      Set<String> sdkNames = ModelCatalog.sdkWireNames(ModelCatalog.sdkClass(ours));
      Set<String> onlyOurs = new TreeSet<>(ourNames);
      onlyOurs.removeAll(sdkNames);
      Set<String> onlySdk = new TreeSet<>(sdkNames);
      onlySdk.removeAll(ourNames);
      if (!onlyOurs.isEmpty() || !onlySdk.isEmpty()) {
        mismatches.add(ours.getSimpleName() + ": only ours " + onlyOurs + ", only SDK " + onlySdk);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyEnumFieldKnowsTheValuesOfTheSdkEnum() throws Exception {
    // Deterministic where the properties sample: an SDK value we lack would be read as an unknown
    // open value; a value only we know would become OUTDATEDSDKVERSION in the SDK.
    List<String> mismatches = new ArrayList<>();
    int enumFields = 0;
    for (Class<?> ours : ModelCatalog.modelTypes()) {
      for (Map.Entry<String, Method> attribute : ModelCatalog.attributes(ours).entrySet()) {
        Class<?> ourEnum = elementClass(attribute.getValue().getGenericReturnType());
        if (!OpenEnum.class.isAssignableFrom(ourEnum)) {
          continue;
        }
        Field sdkField = ModelCatalog.sdkClass(ours).getDeclaredField(attribute.getKey());
        if (!elementClass(sdkField.getGenericType()).isEnum()) {
          // The SDK leaves it free text (an aggregate result's metric, its group's dimensions): the
          // API sends the enumeration's values there, which journey-dsl types; nothing to compare.
          continue;
        }
        enumFields++;
        Set<String> ourValues = new TreeSet<>();
        ((List<?>) ourEnum.getMethod("knownValues").invoke(null)).forEach(v -> ourValues.add(v.toString()));
        Set<String> sdkValues = new TreeSet<>();
        Arrays.stream(elementClass(sdkField.getGenericType()).getEnumConstants())
            .filter(e -> !((Enum<?>) e).name().equals("OUTDATEDSDKVERSION"))
            .map(Object::toString) // the wire spelling, as WRITE_ENUMS_USING_TO_STRING sends it
            .forEach(sdkValues::add);
        // LimitNamespace is the whole platform's list of rate-limit namespaces; journey-dsl names only
        // the two its endpoints answer with and keeps the others verbatim as open values.
        boolean subsetIsEnough = ourEnum == LimitNamespace.class;
        if (subsetIsEnough ? !sdkValues.containsAll(ourValues) : !ourValues.equals(sdkValues)) {
          mismatches.add(ours.getSimpleName() + "." + attribute.getKey() + ": ours " + ourValues + ", SDK " + sdkValues);
        }
      }
    }
    assertThat(enumFields).isGreaterThanOrEqualTo(40);
    assertThat(mismatches).isEmpty();
  }

  /** The class of a field, or of its elements when it is a list. */
  private static Class<?> elementClass(Type type) {
    if (type instanceof ParameterizedType list) {
      return (Class<?>) list.getActualTypeArguments()[0];
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  @Test
  void theNewerFieldsExistInOurModelOnly() {
    // The exemption list must not hide anything: each entry is a real field of ours the SDK lacks.
    for (String entry : ModelCatalog.NEWER_THAN_SDK) {
      String[] typeAndField = entry.split("\\.");
      Class<?> ours = ModelCatalog.modelTypes().stream()
          .filter(c -> c.getSimpleName().equals(typeAndField[0])).findFirst().orElseThrow();
      assertThat(ModelCatalog.attributes(ours)).containsKey(typeAndField[1]);
      assertThat(ModelCatalog.sdkWireNames(ModelCatalog.sdkClass(ours))).doesNotContain(typeAndField[1]);
    }
  }
}
