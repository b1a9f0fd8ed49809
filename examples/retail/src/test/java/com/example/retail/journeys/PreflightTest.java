package com.example.retail.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pre-flight check: the build fails when the configuration has a validation error, so an
 * invalid configuration never reaches a deploy.
 */
class PreflightTest {
  private final JourneyValidator validator = JourneyValidator.create();

  @Test
  void theConfigurationHasNoValidationError() {
    ValidationReport report = validator.validate(RetailJourneys.config());

    assertThat(report.errors()).as("validation errors of RetailJourneys.config():%n%s", report).isEmpty();
  }

  @Test
  void theCheckCatchesABrokenConfiguration() {
    JourneyConfig config = RetailJourneys.config();
    List<Object> objects = new ArrayList<>();
    objects.addAll(config.segments());
    objects.addAll(config.outcomes());
    objects.addAll(config.actionTemplates());
    for (ActionMap map : config.actionMaps()) {
      objects.add(map.displayName().equals(RetailJourneys.FREE_SHIPPING) ? map.withWeight(7) : map);   // weights are 1..3
    }
    JourneyConfig broken = JourneyConfig.of(objects.toArray());

    ValidationReport report = validator.validate(broken);

    assertThat(report.hasErrors()).as("report of the broken configuration:%n%s", report).isTrue();
    assertThat(report.errors()).anySatisfy(v -> assertThat(v.path()).contains(RetailJourneys.FREE_SHIPPING).endsWith("weight"));
  }
}
