package io.journeydsl.analytics;

import static io.journeydsl.Journey.aggregateQuery;
import static io.journeydsl.Journey.dimension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.JourneyDslException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AggregateQueryTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void buildsTheWireQuery() {
    JourneyAggregationQuery q = aggregateQuery()
        .interval(START, Duration.ofDays(7))
        .metrics(JourneyMetric.N_JOURNEY_SESSIONS, JourneyMetric.O_JOURNEY_OUTCOME_VALUE)
        .granularity(Period.ofDays(1))
        .timeZone(ZoneId.of("Europe/Paris"))
        .groupBy(JourneyDimension.JOURNEY_SEGMENT_ID, JourneyDimension.JOURNEY_DEVICE_CATEGORY)
        .filter(Predicates.withClauses(
            Predicates.anyOf(dimension(JourneyDimension.JOURNEY_DEVICE_TYPE).exists(),
                dimension(JourneyDimension.JOURNEY_ACTION_MAP_VERSION).inRange(BigDecimal.ONE, null)),
            Predicates.allOfClause(dimension(JourneyDimension.JOURNEY_OUTCOME_ID).notExists())))
        .rangeView("small", JourneyMetric.N_JOURNEY_SESSIONS, BigDecimal.ZERO, BigDecimal.TEN)
        .alternateTimeDimension(AlternateTimeDimension.EVENT_TIME)
        .flattenMultivaluedDimensions(true)
        .build();
    assertThat(q.interval()).isEqualTo("2026-01-01T00:00:00.000Z/2026-01-08T00:00:00.000Z");
    assertThat(q.granularity()).isEqualTo("P1D");
    assertThat(q.timeZone()).isEqualTo("Europe/Paris");
    assertThat(q.metrics()).containsExactly(JourneyMetric.N_JOURNEY_SESSIONS, JourneyMetric.O_JOURNEY_OUTCOME_VALUE);
    assertThat(q.filter().type()).isEqualTo(FilterType.OR);
    assertThat(q.filter().predicates().get(1).range().gte()).isEqualByComparingTo("1");
    assertThat(q.filter().clauses().get(0).predicates().get(0).operator()).isEqualTo(PredicateOperator.NOT_EXISTS);
    assertThat(q.views().get(0).function()).isEqualTo(ViewFunction.RANGE_BOUND);
    assertThat(q.flattenMultivaluedDimensions()).isTrue();
  }

  @Test
  void stepsAreImmutableSoBranchesDoNotLeak() {
    var base = aggregateQuery().interval(START, Duration.ofHours(1)).metrics(JourneyMetric.N_WEB_ACTIONS_OFFERED);
    JourneyAggregationQuery grouped = base.groupBy(JourneyDimension.JOURNEY_ACTION_MAP_ID).build();
    JourneyAggregationQuery plain = base.build();
    assertThat(grouped.groupBy()).containsExactly(JourneyDimension.JOURNEY_ACTION_MAP_ID);
    assertThat(plain.groupBy()).isNull();
    assertThat(base.granularity(Duration.ofMinutes(15)).build().granularity()).isEqualTo("PT15M");
    assertThat(base.build().granularity()).isNull();
  }

  @Test
  void rejectsAnEmptyOrBackwardInterval() {
    assertThatThrownBy(() -> aggregateQuery().interval(START, START))
        .isInstanceOf(JourneyDslException.class).hasMessageContaining("after start");
    assertThatThrownBy(() -> Predicates.allOf()).isInstanceOf(JourneyDslException.class)
        .hasMessageContaining("at least one predicate");
    assertThatThrownBy(() -> dimension(JourneyDimension.JOURNEY_SESSION_ID).inRange(null, null))
        .isInstanceOf(JourneyDslException.class);
  }
}
