package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.validation.internal.Rule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import java.util.stream.Stream;

class RuleCatalogTest {

  @Test
  void everyRuleHasAnExampleAndEveryExampleIsARule() {
    assertThat(RuleExamples.all().keySet())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values()).map(Rule::code).toList());
  }

  @Test
  void codesAreDottedLowerCamelAndUnique() {
    assertThat(Rule.values()).extracting(Rule::code).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+"));
  }

  @TestFactory
  Stream<DynamicTest> eachExampleReportsItsRuleAtItsPathWithItsSeverity() {
    return RuleExamples.all().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Rule rule = Rule.ofCode(entry.getKey()).orElseThrow();
      ValidationReport report = RuleExamples.validate(entry.getValue().input());
      assertThat(report.violations())
          .as("%s", report)
          .anySatisfy(v -> {
            assertThat(v.code()).isEqualTo(rule.code());
            assertThat(v.path()).isEqualTo(entry.getValue().path());
            assertThat(v.severity()).isEqualTo(rule.severity());
            assertThat(v.message()).isNotBlank().doesNotContain("{value}");
          });
    }));
  }

  @Test
  void theBaseFixturesAreClean() {
    ValidationReport report = JourneyValidator.create().validate(
        Fixtures.bundle(Fixtures.SEGMENT, Fixtures.TEMPLATE, Fixtures.MAP));
    assertThat(report.violations()).as("%s", report).isEmpty();
    assertThat(JourneyValidator.create().validate(Fixtures.query("{}")).violations()).isEmpty();
  }
}
