package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.validation.internal.Rule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link RuleCodes} has one public constant per rule, named like the rule, with its code. */
class RuleCodesTest {

  @Test
  void theConstantsAreExactlyTheRuleCodes() throws Exception {
    Map<String, String> constants = new java.util.TreeMap<>();
    for (Field field : RuleCodes.class.getDeclaredFields()) {
      if (field.isSynthetic()) {
        continue;
      }
      assertThat(Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())
          && Modifier.isFinal(field.getModifiers()) && field.getType() == String.class).as(field.getName()).isTrue();
      constants.put(field.getName(), (String) field.get(null));
    }
    Map<String, String> rules = Arrays.stream(Rule.values())
        .collect(Collectors.toMap(Enum::name, Rule::code, (a, b) -> a, java.util.TreeMap::new));
    assertThat(constants).isEqualTo(rules);
  }

  @Test
  void everyCodeIsUsableWithTheBuilder() {
    Map<String, Rule> byCode = Arrays.stream(Rule.values()).collect(Collectors.toMap(Rule::code, Function.identity()));
    JourneyValidator.Builder builder = JourneyValidator.builder();
    byCode.keySet().forEach(builder::ignore);
    assertThat(builder.build().validate("not a bundle").violations()).isEmpty();
  }
}
