package io.journeydsl.validation.xcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.Severity;
import io.journeydsl.validation.ValidationReport;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Cross-check of the validator against the in-memory fake: valid create and PATCH bodies of every
 * stored kind are damaged at the JSON level ({@link MutationKind}) and sent to a fresh fake; whenever
 * the fake answers 400, the validator must report an ERROR for the same body (or, for the kinds
 * {@link Rejection.Kind} explains, what it reports on purpose instead). The statistics report how often
 * the validator's ERROR sits at the field the fake names ({@code details[0].fieldName}).
 *
 * <p>The fake runs with {@code allowPatchWithoutVersion(true)}: a PATCH without {@code version} is a
 * choice of the fake stricter than the API model (where {@code version} is optional), not a rule the
 * validator should share.
 */
class FakeCrossCheckProperties {
  private static final JourneyValidator VALIDATOR = JourneyValidator.create();

  @Provide
  Arbitrary<Subject> subjects() {
    return Subjects.any();
  }

  @Property(tries = 2000, maxDiscardRatio = 10)
  void everyBodyTheFakeRejectsIsAnErrorOfTheValidator(@ForAll("subjects") Subject subject,
      @ForAll MutationKind kind, @ForAll long seed) {
    FakeJourneyApi fake = FakeJourneyApi.builder().allowPatchWithoutVersion(true).build();
    Scenario scenario = Scenarios.prepare(fake, subject);
    assertThat(VALIDATOR.validate(read(scenario.body(), scenario.target())).hasErrors())
        .as("the valid body is clean to the validator").isFalse();

    ObjectNode body = scenario.body().deepCopy();
    Optional<Mutation> mutation = JsonMutator.apply(body, kind, new Random(seed));
    Assume.that(mutation.isPresent());
    Statistics.label("mutation").collect(kind);

    Object typed;
    try {
      typed = Scenarios.read(body, scenario.target());
    } catch (JsonProcessingException e) {
      // No typed body exists to send in memory or to validate; over HTTP the fake answers 400 naming
      // the same path (JourneyJsonExceptions), and `journey validate` reports the file as malformed.
      JourneyJsonException read = JourneyJsonException.of(scenario.target().requestType(), e);
      Statistics.label("outcome").collect("unreadable JSON (both reject)");
      Statistics.label("path named when unreadable")
          .collect(Rejection.related(read.path(), mutation.get().path()) ? "same field" : "other or none");
      return;
    }
    ValidationReport report = VALIDATOR.validate(typed);
    try {
      fake.execute(scenario.operation(typed));
      Statistics.label("outcome").collect(report.hasErrors() ? "fake accepts, validator errs" : "both accept");
    } catch (BadRequestException e) {
      check(Rejection.of(e, scenario.target()), report, mutation.get());
    } catch (JourneyApiException e) {
      Statistics.label("outcome").collect("fake answers " + e.status());
    }
  }

  private static void check(Rejection rejection, ValidationReport report, Mutation mutation) {
    switch (rejection.kind()) {
      case REFERENCE -> Statistics.label("outcome").collect("fake 400: unknown reference (excluded)");
      case UNKNOWN_ENUM -> expectAt("field.enum.unknown", Severity.ERROR, rejection, report, mutation);
      case OLDER_API_REQUIRED -> expectAt("field.required.olderApi", Severity.WARNING, rejection, report, mutation);
      case MODEL -> {
        assertThat(report.hasErrors()).as("%s: the fake rejects %s (%s) but the validator reports %s", mutation,
            rejection.fieldName(), rejection.message(), report.violations()).isTrue();
        boolean samePath = rejection.matchedBy(report, Severity.ERROR);
        Statistics.label("outcome").collect("fake 400, validator ERROR");
        Statistics.label("path agreement on fake 400").collect(samePath ? "same field" : "other field");
      }
      default -> throw new IllegalStateException("unhandled " + rejection.kind());
    }
  }

  private static void expectAt(String code, Severity severity, Rejection rejection, ValidationReport report,
      Mutation mutation) {
    assertThat(report.violations()).as("%s: the fake rejects %s (%s)", mutation, rejection.fieldName(),
        rejection.message()).anySatisfy(v -> {
          assertThat(v.code()).isEqualTo(code);
          assertThat(v.path()).isEqualTo(rejection.fieldName());
          assertThat(v.severity()).isEqualTo(severity);
        });
    Statistics.label("outcome").collect("fake 400, validator " + severity + " " + code + " at the same field");
  }

  private static Object read(ObjectNode body, Target target) {
    try {
      return Scenarios.read(body, target);
    } catch (JsonProcessingException e) {
      throw new AssertionError("the valid body does not read: " + e.getOriginalMessage(), e);
    }
  }
}
