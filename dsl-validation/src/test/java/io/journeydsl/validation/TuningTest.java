package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.JourneyConfig;
import org.junit.jupiter.api.Test;

/** Codes can be ignored or given another severity, and warnings can count as errors. */
class TuningTest {
  /** A bundle with one ERROR (colour) and one WARNING (a segment listed twice). */
  private static final JourneyConfig BUNDLE = Fixtures.bundle(Fixtures.with(Fixtures.SEGMENT, "{'color':'red'}"),
      Fixtures.TEMPLATE, Fixtures.with(Fixtures.MAP, "{'triggerWithSegments':['${segment:S}','${segment:S}']}"));

  private static Severity severityOf(ValidationReport report, String code) {
    return report.violations().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().severity();
  }

  @Test
  void byDefaultEachRuleHasItsOwnSeverity() {
    ValidationReport report = JourneyValidator.create().validate(BUNDLE);
    assertThat(severityOf(report, RuleCodes.SEGMENT_COLOR_HEX)).isEqualTo(Severity.ERROR);
    assertThat(severityOf(report, RuleCodes.ACTION_MAP_SEGMENT_DUPLICATE)).isEqualTo(Severity.WARNING);
  }

  @Test
  void anIgnoredCodeIsNeverReportedAndNoLongerFails() {
    ValidationReport report = JourneyValidator.builder().ignore(RuleCodes.SEGMENT_COLOR_HEX).build().validate(BUNDLE);
    assertThat(report.codes()).doesNotContain(RuleCodes.SEGMENT_COLOR_HEX)
        .contains(RuleCodes.ACTION_MAP_SEGMENT_DUPLICATE);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void aCodeCanBeGivenAnotherSeverity() {
    ValidationReport report = JourneyValidator.builder()
        .severity(RuleCodes.SEGMENT_COLOR_HEX, Severity.INFO)
        .severity(RuleCodes.ACTION_MAP_SEGMENT_DUPLICATE, Severity.ERROR).build().validate(BUNDLE);
    assertThat(severityOf(report, RuleCodes.SEGMENT_COLOR_HEX)).isEqualTo(Severity.INFO);
    assertThat(severityOf(report, RuleCodes.ACTION_MAP_SEGMENT_DUPLICATE)).isEqualTo(Severity.ERROR);
  }

  @Test
  void warningsAsErrorsPromotesWarningsButNotExplicitSeverities() {
    JourneyConfig bundle = Fixtures.map("{'triggerWithSegments':['${segment:S}','${segment:S}'],'activation':null}");
    ValidationReport report = JourneyValidator.builder().warningsAsErrors(true)
        .severity(RuleCodes.ACTION_MAP_ACTIVATION_MISSING, Severity.WARNING).build().validate(bundle);
    assertThat(severityOf(report, RuleCodes.ACTION_MAP_SEGMENT_DUPLICATE)).isEqualTo(Severity.ERROR);
    assertThat(severityOf(report, RuleCodes.ACTION_MAP_ACTIVATION_MISSING)).isEqualTo(Severity.WARNING);
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void ignoreWinsOverSeverity() {
    ValidationReport report = JourneyValidator.builder().severity(RuleCodes.SEGMENT_COLOR_HEX, Severity.ERROR)
        .ignore(RuleCodes.SEGMENT_COLOR_HEX).build().validate(BUNDLE);
    assertThat(report.codes()).doesNotContain(RuleCodes.SEGMENT_COLOR_HEX);
  }

  @Test
  void unknownValuesCanBeLoweredToAWarning() {
    JourneyConfig bundle = Fixtures.template("{'state':'Archived'}");
    assertThat(severityOf(JourneyValidator.create().validate(bundle), RuleCodes.FIELD_ENUM_UNKNOWN))
        .isEqualTo(Severity.ERROR);
    ValidationReport lenient = JourneyValidator.builder().unknownValues(Severity.WARNING).build().validate(bundle);
    assertThat(severityOf(lenient, RuleCodes.FIELD_ENUM_UNKNOWN)).isEqualTo(Severity.WARNING);
    assertThat(lenient.hasErrors()).isFalse();
  }

  @Test
  void failFastStopsOnlyAtAnErrorThatIsStillAnError() {
    ValidationReport report = JourneyValidator.builder().failFast(true).ignore(RuleCodes.SEGMENT_COLOR_HEX)
        .build().validate(BUNDLE);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.codes()).contains(RuleCodes.ACTION_MAP_SEGMENT_DUPLICATE);
  }

  @Test
  void aBlankCodeIsRefused() {
    assertThatThrownBy(() -> JourneyValidator.builder().ignore(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JourneyValidator.builder().severity(RuleCodes.FIELD_URL, null))
        .isInstanceOf(NullPointerException.class);
  }
}
