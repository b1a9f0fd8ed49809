package io.journeydsl.validation.xcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.Severity;
import io.journeydsl.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * One property over every fact of the catalogue the validator and the fake both enforce: required
 * fields of each create and PATCH body under both {@link ApiProfile}s, id-list limits, query
 * parameter pairing and the ISO-8601 interval and granularity of aggregate queries. They agree when
 * the fake answers 400 exactly when the validator reports an ERROR for that profile (a field only
 * SDK 198 requires is the validator's {@code field.required.olderApi} warning, an error of that
 * profile), at the field the fake names.
 */
class CatalogueCrossCheckProperties {
  private static final JourneyValidator VALIDATOR = JourneyValidator.create();
  private static final AtomicInteger TRIES = new AtomicInteger();
  private static final List<String> DISAGREEMENTS = new ArrayList<>();

  /** One request and the fake (of one profile, seeded with what the request refers to) that answers it. */
  record Case(String fact, ApiProfile profile, FakeJourneyApi fake, JourneyOperation<?> operation) {
    Case(String fact, ApiProfile profile, JourneyOperation<?> operation) {
      this(fact, profile, newFake(profile), operation);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.oneOf(idLists(), pairing(), aggregates(), requiredFields());
  }

  private static Arbitrary<ApiProfile> profiles() {
    return Arbitraries.of(ApiProfile.values());
  }

  /** At the limit, or one over, of each collection's id list. */
  private static Arbitrary<Case> idLists() {
    List<ApiCollection> withIds = List.of(ApiCollection.values()).stream()
        .filter(c -> c.idListParameter().isPresent()).toList();
    return Arbitraries.of(withIds).flatMap(c -> Arbitraries.of(c.idListLimit(), c.idListLimit() + 1)
        .map(n -> {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            ids.add("id-" + i);
          }
          return new Case("id-list limit", ApiProfile.SDK_198, list(c).queryParameter(c.idListParameter().get(), ids).build());
        }));
  }

  /** Each pair of each collection: both, either alone, or neither. */
  private static Arbitrary<Case> pairing() {
    List<ApiCollection> paired = List.of(ApiCollection.values()).stream()
        .filter(c -> !c.pairedParameters().isEmpty()).toList();
    return Arbitraries.of(paired).flatMap(c -> Arbitraries.of(c.pairedParameters())
        .flatMap(pair -> Arbitraries.of(0, 1, 2, 3).map(mask -> {
          JourneyOperation.Builder<Listing> op = list(c);
          // A field the fake can query on: the collection's name field.
          String field = c.nameField();
          if ((mask & 1) != 0) {
            if (c.multiValued(pair.get(0))) {
              op.queryParameter(pair.get(0), List.of(field));
            } else {
              op.queryParameter(pair.get(0), field);
            }
          }
          if ((mask & 2) != 0) {
            op.queryParameter(pair.get(1), "x");
          }
          return new Case("pairing " + pair, ApiProfile.SDK_198, op.build());
        })));
  }

  /** Aggregate queries with intervals and granularities valid and not. */
  private static Arbitrary<Case> aggregates() {
    Arbitrary<String> intervals = Arbitraries.of(
        "2024-03-01T00:00:00.000Z/2024-03-31T00:00:00.000Z",
        "2024-01-01T00:00:00Z/2024-03-01T00:00:00Z",
        "2024-03-01T00:00:00/2024-03-08T00:00:00",
        "2024-03-01T00:00:00+01:00/2024-03-05T00:00:00+01:00",
        "2024-02-30T00:00:00.000Z/2024-03-02T00:00:00.000Z",
        "2024-03-02T00:00:00.000Z/2024-03-01T00:00:00.000Z",
        "2024-03-01T00:00:00.000Z",
        "2024-03-01/2024-03-02",
        "2024-13-01T00:00:00Z/2024-13-02T00:00:00Z",
        "2024-03-01T25:00:00Z/2024-03-02T00:00:00Z");
    Arbitrary<String> granularities = Arbitraries.of("PT1H", "P1D", "P1W", "P1DT12H", "PT30M", "P1M", "P1MT1H",
        "PT0S", "P0D", "P", "PT", "P1DT", "1D", "PT-1H", "P1.5D", "P1H", "PT3599,5S").injectNull(0.15);
    return intervals.flatMap(i -> granularities.map(g -> {
      JourneyAggregationQuery query = JourneyAggregationQuery.builder().interval(i).granularity(g)
          .addMetrics(JourneyMetric.N_DISTINCT_JOURNEY_SESSIONS).build();
      return new Case("aggregate ISO formats", ApiProfile.SDK_198, JourneyOperation.builder(
          Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY, JourneyAggregateQueryResponse.class).body(query).build());
    }));
  }

  /** Each valid create or PATCH body with one required field (in some profile) removed, under each profile. */
  private static Arbitrary<Case> requiredFields() {
    return Arbitraries.of(Target.values()).flatMap(target -> RealisticSubjects.of(target)
        .flatMap(subject -> profiles()
            // The current API answers 410 for every outcome endpoint: no body of it is checked there.
            .filter(profile -> profile == ApiProfile.SDK_198 || target.operation().collection() != ApiCollection.OUTCOMES)
            .flatMap(profile -> {
          List<String> fields = new ArrayList<>(RequiredFields.of(target.requestType(), ApiProfile.SDK_198));
          RequiredFields.of(target.requestType(), ApiProfile.CURRENT).stream().filter(f -> !fields.contains(f))
              .forEach(fields::add);
          return Arbitraries.of(fields).injectNull(0.1).map(field -> {
            FakeJourneyApi fake = newFake(profile);
            return new Case("required " + field, profile, fake, body(fake, target, subject, field));
          });
        })));
  }

  private static JourneyOperation<?> body(FakeJourneyApi fake, Target target, Subject subject, String field) {
    Scenario scenario = Scenarios.prepare(fake, subject);
    ObjectNode body = scenario.body().deepCopy();
    if (field != null) {
      body.remove(field);
    }
    try {
      return scenario.operation(Scenarios.read(body, target));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static JourneyOperation.Builder<Listing> list(ApiCollection collection) {
    return JourneyOperation.builder(collection.operation(HttpMethod.GET, false).orElseThrow(), Listing.class);
  }

  private static FakeJourneyApi newFake(ApiProfile profile) {
    return FakeJourneyApi.builder().profile(profile).allowPatchWithoutVersion(true).build();
  }

  @Property(tries = 1500)
  void theValidatorAndTheFakeAgreeOnEveryCatalogueFact(@ForAll("cases") Case c) {
    TRIES.incrementAndGet();
    ValidationReport report = VALIDATOR.validate(c.operation());
    boolean validatorRejects = report.violations().stream().anyMatch(v -> v.severity() == Severity.ERROR
        || c.profile() == ApiProfile.SDK_198 && v.code().equals("field.required.olderApi"));
    FakeJourneyApi fake = c.fake();
    String fakeAnswer;
    String field = "";
    try {
      fake.execute(c.operation());
      fakeAnswer = "accepts";
    } catch (BadRequestException e) {
      fakeAnswer = "400";
      field = e.details().isEmpty() || e.details().get(0).fieldName() == null ? "" : e.details().get(0).fieldName();
    } catch (JourneyApiException e) {
      // Not a 400 (a 404 for an id list of unknown ids, a 410 for outcomes in the current API): not a validation fact.
      return;
    }
    boolean fakeRejects = fakeAnswer.equals("400");
    String named = field;
    boolean samePlace = !fakeRejects || named.isEmpty() || report.violations().stream()
        .anyMatch(v -> Rejection.related(v.path().replaceFirst("^body\\.", ""), named)
            || pairedWith(c.operation(), v.path(), named));
    if (fakeRejects != validatorRejects || !samePlace) {
      synchronized (DISAGREEMENTS) {
        DISAGREEMENTS.add(c.fact() + " " + c.profile() + " " + c.operation() + " " + describe(c) + ": fake " + fakeAnswer + " " + field
            + ", validator " + report.violations());
      }
    }
  }

  /** Whether two query parameters are a pair of the operation's collection (the fake names the missing one). */
  private static boolean pairedWith(JourneyOperation<?> operation, String a, String b) {
    ApiCollection collection = operation.operation().collection();
    return collection != null && collection.pairedParameters().stream().anyMatch(p -> p.contains(a) && p.contains(b));
  }

  private static String describe(Case c) {
    return c.operation().body() instanceof JourneyAggregationQuery q ? q.interval() + " by " + q.granularity() : "";
  }

  @AfterContainer
  static void report() {
    System.out.println("catalogue cross-check: tries=" + TRIES.get() + " disagreements=" + DISAGREEMENTS.size());
    DISAGREEMENTS.stream().limit(20).forEach(d -> System.out.println("  " + d));
    assertThat(DISAGREEMENTS).isEmpty();
  }
}
