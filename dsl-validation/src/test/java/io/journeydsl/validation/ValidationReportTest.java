package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static Violation v(String path, String code, Severity severity) {
    return new Violation(path, code, "m", severity, null);
  }

  @Test
  void sortsByPathWithNumbersByValueThenCode() {
    ValidationReport report = ValidationReport.of(List.of(
        v("a[10].x", "b", Severity.ERROR), v("a[2].x", "z", Severity.WARNING), v("a[2].x", "a", Severity.INFO)));
    assertThat(report.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a[2].x", "a"),
            org.assertj.core.groups.Tuple.tuple("a[2].x", "z"), org.assertj.core.groups.Tuple.tuple("a[10].x", "b"));
  }

  @Property
  void theOrderOfTheInputNeverMatters(@ForAll List<@net.jqwik.api.constraints.AlphaChars String> paths, @ForAll long seed) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      violations.add(v(paths.get(i) + "[" + i % 12 + "]", "c" + i % 3, Severity.values()[i % 3]));
    }
    List<Violation> shuffled = new ArrayList<>(violations);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(ValidationReport.of(shuffled)).isEqualTo(ValidationReport.of(violations));
  }

  @Test
  void throwIfErrorsCarriesTheReportAndItsTable() {
    ValidationReport report = ValidationReport.of(List.of(v("segments[S].color", "segment.color.hex", Severity.ERROR),
        v("x", "w", Severity.WARNING)));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.isValid()).isFalse();
    assertThat(report.errors()).hasSize(1);
    assertThat(report.warnings()).hasSize(1);
    assertThatThrownBy(report::throwIfErrors).isInstanceOfSatisfying(JourneyValidationException.class, e -> {
      assertThat(e.report()).isEqualTo(report);
      assertThat(e.getMessage()).contains("segments[S].color [segment.color.hex] ERROR m").contains("1 error, 1 warning");
    });
  }

  @Test
  void warningsAloneDoNotThrow() {
    ValidationReport report = ValidationReport.of(List.of(v("x", "w", Severity.WARNING)));
    assertThat(report.throwIfErrors()).isSameAs(report);
    assertThat(ValidationReport.empty().toString()).isEqualTo("no violations");
  }
}
