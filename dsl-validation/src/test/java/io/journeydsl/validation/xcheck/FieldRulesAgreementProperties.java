package io.journeydsl.validation.xcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import io.journeydsl.validation.ValidationReport;
import io.journeydsl.validation.internal.FieldValidation;
import io.journeydsl.validation.internal.HibernateFieldValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The validator checks the field rules itself ({@code FieldValidation}); Hibernate Validator, the
 * reference implementation of Bean Validation, runs the same declarations as the constraints they
 * stand for. Both must find the same violations (path, code, message, severity, rejected value) on
 * valid bodies of every kind, create and PATCH, and on the same bodies damaged at the JSON level, so
 * paths, walks into nested objects and lists, inherited rules and the built-in constraints' meaning
 * are Bean Validation's.
 */
class FieldRulesAgreementProperties {
  private static final List<JourneyAggregationQuery> QUERIES = realisticQueries();

  @Provide
  Arbitrary<Subject> subjects() {
    return Subjects.any();
  }

  @Property(tries = 1000, maxDiscardRatio = 10)
  void bothFindTheSameViolationsInEveryBody(@ForAll("subjects") Subject subject, @ForAll MutationKind kind,
      @ForAll long seed) {
    Scenario scenario = Scenarios.prepare(FakeJourneyApi.builder().allowPatchWithoutVersion(true).build(), subject);
    agree(read(scenario.body(), scenario.target()));
    ObjectNode body = scenario.body().deepCopy();
    Assume.that(JsonMutator.apply(body, kind, new Random(seed)).isPresent());
    Object typed;
    try {
      typed = Scenarios.read(body, scenario.target());
    } catch (JsonProcessingException unreadable) {
      Statistics.label("damaged body").collect("does not read");
      return;
    }
    int found = agree(typed);
    Statistics.label("damaged body").collect(found == 0 ? "no violation" : "violations");
  }

  @Property(tries = 300, maxDiscardRatio = 10)
  void bothFindTheSameViolationsInEveryAggregateQuery(@ForAll("queries") JourneyAggregationQuery query,
      @ForAll MutationKind kind, @ForAll long seed) {
    agree(query);
    ObjectNode body = JourneyJson.mapper().valueToTree(query);
    Assume.that(JsonMutator.apply(body, kind, new Random(seed)).isPresent());
    try {
      agree(JourneyJson.mapper().treeToValue(body, JourneyAggregationQuery.class));
    } catch (JsonProcessingException unreadable) {
      Statistics.label("damaged query").collect("does not read");
    }
  }

  @Property(tries = 200)
  void bothFindTheSameViolationsInEveryObjectOfABundle(@ForAll("bundles") JourneyConfig bundle) {
    List<Object> objects = new ArrayList<>(bundle.segments());
    objects.addAll(bundle.outcomes());
    objects.addAll(bundle.actionTemplates());
    objects.addAll(bundle.actionMaps());
    objects.addAll(bundle.aggregateQueries());
    objects.forEach(FieldRulesAgreementProperties::agree);
  }

  @Provide
  Arbitrary<JourneyAggregationQuery> queries() {
    return Arbitraries.of(QUERIES);
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }

  /** Both find the same violations in {@code value}; how many. */
  static int agree(Object value) {
    ValidationReport direct = ValidationReport.of(FieldValidation.validate(value));
    ValidationReport reference = ValidationReport.of(HibernateFieldValidation.validate(value));
    assertThat(direct.violations()).as("in %s", JourneyJson.mapper().valueToTree(value)).isEqualTo(reference.violations());
    return direct.violations().size();
  }

  private static Object read(ObjectNode body, Target target) {
    try {
      return Scenarios.read(body, target);
    } catch (JsonProcessingException e) {
      throw new AssertionError("the valid body does not read: " + e.getOriginalMessage(), e);
    }
  }

  private static List<JourneyAggregationQuery> realisticQueries() {
    try (InputStream in = Objects.requireNonNull(FieldRulesAgreementProperties.class.getResourceAsStream("/valid-bundle.json"))) {
      List<JourneyAggregationQuery> queries = JourneyConfig.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .aggregateQueries();
      if (queries.isEmpty()) {
        throw new IllegalStateException("valid-bundle.json holds no aggregate query");
      }
      return queries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
