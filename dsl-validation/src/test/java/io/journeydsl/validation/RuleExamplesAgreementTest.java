package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.validation.internal.FieldValidation;
import io.journeydsl.validation.internal.HibernateFieldValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the input that breaks each rule, the validator's own walk of the field rules finds what
 * Hibernate Validator finds running the same declarations (the jqwik side of this is
 * {@code FieldRulesAgreementProperties}).
 */
class RuleExamplesAgreementTest {

  @Test
  void everyRuleExampleGetsTheSameFieldViolationsFromBoth() {
    int compared = 0;
    for (Map.Entry<String, RuleExamples.Example> example : RuleExamples.all().entrySet()) {
      for (Object object : objectsOf(example.getValue().input())) {
        assertThat(ValidationReport.of(FieldValidation.validate(object)).violations())
            .as("%s: %s", example.getKey(), object)
            .isEqualTo(ValidationReport.of(HibernateFieldValidation.validate(object)).violations());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(RuleExamples.all().size());
  }

  private static List<Object> objectsOf(Object input) {
    List<Object> out = new ArrayList<>();
    if (input instanceof JourneyConfig bundle) {
      out.addAll(bundle.segments());
      out.addAll(bundle.outcomes());
      out.addAll(bundle.actionTemplates());
      out.addAll(bundle.actionMaps());
      out.addAll(bundle.aggregateQueries());
    } else if (input.getClass().getName().startsWith("io.journeydsl.")
        && !(input instanceof io.journeydsl.spi.JourneyOperation<?>)) {
      out.add(input);
    } else if (input instanceof io.journeydsl.spi.JourneyOperation<?> operation && operation.body() != null) {
      out.add(operation.body());
    }
    return out;
  }
}
