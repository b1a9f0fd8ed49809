package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.validation.JourneyValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoValidationTest {
  @Test
  void theDemoConfigurationIsValidAndItsBrokenVariantIsNot() {
    JourneyConfig config = DemoConfig.create();
    assertThat(JourneyValidator.create().validate(config).hasErrors()).isFalse();
    assertThat(JourneyValidator.create().validate(DemoValidation.broken(config)).codes())
        .contains("segment.color.hex", "actionMap.weight.range", "ref.unresolved");
  }

  @Test
  void showPrintsBothReports() {
    StringWriter text = new StringWriter();
    DemoValidation.show(DemoConfig.create(), new PrintWriter(text));
    assertThat(text.toString())
        .contains("Validation of the demo configuration: 0 errors")
        .contains("Validation of a deliberately broken variant: 3 errors")
        .contains("[segment.color.hex] ERROR 'sky blue' is not a color of the form #RRGGBB");
  }
}
