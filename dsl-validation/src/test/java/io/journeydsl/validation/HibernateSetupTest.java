package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.segment.JourneySegment;
import io.journeydsl.validation.internal.HibernateFieldValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The reference the validator is held to is sound: Hibernate Validator, running the declarations,
 * really sees Immutables accessors by their wire names, and interpolates no expressions.
 */
class HibernateSetupTest {

  @Test
  void aConstraintOnAnImmutablesAccessorFiresWithTheWireNameAsPath() {
    JourneySegment segment = JourneySegment.builder().color("not a color").build();
    Set<ConstraintViolation<Object>> found = HibernateFieldValidation.validator().validate(segment);
    assertThat(found).extracting(v -> v.getPropertyPath().toString())
        .contains("displayName", "color");
  }

  @Test
  void isActiveStyleAccessorsKeepTheirWireName() {
    var descriptor = HibernateFieldValidation.validator().getConstraintsForClass(JourneySegment.class);
    assertThat(descriptor.getConstraintsForProperty("displayName")).isNotNull();
    assertThat(descriptor.getConstraintsForProperty("name")).isNull();
  }

  @Test
  void plainHibernateValidatorWouldNotSeeTheAccessors() {
    try (ValidatorFactory plain = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      var descriptor = plain.getValidator().getConstraintsForClass(JourneySegment.class);
      assertThat(descriptor.getConstraintsForProperty("displayName")).isNull();
    }
  }

  @Test
  void messagesAreInterpolatedWithoutExpressionLanguage() {
    assertThat(HibernateFieldValidation.messageInterpolator()).isInstanceOf(ParameterMessageInterpolator.class);
  }

  @Test
  void aRejectedValueIsNeverEvaluated() {
    JourneySegment segment = JourneySegment.builder().displayName("S").color("${1+1}#{2*2}").build();
    ValidationReport report = JourneyValidator.create().validate(segment);
    assertThat(report.violations()).filteredOn(v -> v.code().equals("segment.color.hex"))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("'${1+1}#{2*2}'"));
  }
}
