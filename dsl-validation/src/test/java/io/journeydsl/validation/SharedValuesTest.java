package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.segment.JourneySegment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value built once and used in two places is reported in each, as Hibernate Validator reports it:
 * each place is sent to the API and refused there.
 */
class SharedValuesTest {

  @Test
  void anInvalidCriterionUsedInTwoPatternsIsReportedInBoth() {
    EntityTypeCriteria noValues = Fixtures.read("{'key':'page.url','values':[],'operator':'containsAll',"
        + "'shouldIgnoreCase':true,'entityType':'visit'}", EntityTypeCriteria.class);
    ContextPattern first = ContextPattern.builder().addCriteria(noValues).build();
    ContextPattern second = ContextPattern.builder().addCriteria(noValues).build();
    JourneySegment segment = JourneySegment.builder().displayName("Shared").isActive(true).context(first, second).build();

    ValidationReport report = JourneyValidator.create().validate(segment);

    assertThat(report.violations()).filteredOn(v -> v.code().equals(RuleCodes.FIELD_VALUES_EMPTY))
        .extracting(Violation::path)
        .isEqualTo(List.of("context.patterns[0].criteria[0].values", "context.patterns[1].criteria[0].values"));
  }
}
