package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
    assertThat(ModelCatalog.modelTypes()).hasSize(83);
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
