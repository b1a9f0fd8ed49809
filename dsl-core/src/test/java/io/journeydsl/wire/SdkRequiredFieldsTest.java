package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import java.beans.Introspector;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's required fields under {@link ApiProfile#SDK_198} are exactly what the official SDK
 * 198.1.0 marks {@code @ApiModelProperty(required = true)}, for every model type: a field the SDK
 * requires and the catalogue forgot would let the fake and the validator accept what the API refuses.
 */
class SdkRequiredFieldsTest {

  @Test
  void theCatalogueRequiresWhatTheSdkRequires() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Class<?> ours : ModelCatalog.modelTypes()) {
      Set<String> sdk = sdkRequired(ModelCatalog.sdkClass(ours));
      Set<String> catalogue = new TreeSet<>(RequiredFields.of(ours, ApiProfile.SDK_198));
      if (!sdk.equals(catalogue)) {
        mismatches.add(ours.getSimpleName() + ": SDK " + sdk + ", catalogue " + catalogue);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static Set<String> sdkRequired(Class<?> sdkClass) throws Exception {
    Set<String> required = new TreeSet<>();
    for (Method getter : sdkClass.getDeclaredMethods()) {
      for (Annotation annotation : getter.getAnnotations()) {
        if (annotation.annotationType().getSimpleName().equals("ApiModelProperty")
            && (boolean) annotation.annotationType().getMethod("required").invoke(annotation)) {
          String name = getter.getName().replaceFirst("^(get|is)", "");
          required.add(wireName(sdkClass, Introspector.decapitalize(name)));
        }
      }
    }
    return required;
  }

  /** The SDK's getter isIsActive is wire field isActive; other getters map to their field names. */
  private static String wireName(Class<?> sdkClass, String property) {
    for (String candidate : List.of(property, "is" + Character.toUpperCase(property.charAt(0)) + property.substring(1))) {
      try {
        sdkClass.getDeclaredField(candidate);
        return candidate;
      } catch (NoSuchFieldException e) {
        // the next spelling
      }
    }
    return property;
  }
}
