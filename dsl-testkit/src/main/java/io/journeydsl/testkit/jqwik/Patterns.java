package io.journeydsl.testkit.jqwik;

import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.criteria.EntityType;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.pattern.EventStream;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.criteria.Operator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Journey patterns and visit context patterns over the keys the API documents. */
final class Patterns {
  private static final List<Operator> TEXT_OPERATORS = List.of(Operator.CONTAINS_ALL, Operator.CONTAINS_ANY,
      Operator.EQUAL, Operator.NOT_EQUAL, Operator.STARTS_WITH, Operator.ENDS_WITH, Operator.NOT_CONTAINS_ALL,
      Operator.NOT_CONTAINS_ANY);
  private static final List<String> CONTEXT_VALUES = List.of("mobile", "desktop", "gb", "de", "en-GB",
      "newsletter", "google", "Chrome", "London", "email");

  private Patterns() {}

  /** A journey pattern: 1..2 criteria on journey keys, count 1..5, web or app sessions. */
  static Arbitrary<JourneyPattern> journeyPattern() {
    Arbitrary<Criteria> criterion = Combinators.combine(
        Arbitraries.of(JourneyKeys.names()), Arbitraries.of(TEXT_OPERATORS),
        Words.path().list().ofMinSize(1).ofMaxSize(2), Arbitraries.of(true, false))
        .as((key, operator, values, ignoreCase) -> Criteria.builder().key(key)
            .operator(operator).values(values).shouldIgnoreCase(ignoreCase).build());
    return Combinators.combine(Arbitraries.of(EventStream.WEB, EventStream.APP),
        Arbitraries.integers().between(1, 5), criterion.list().ofMinSize(1).ofMaxSize(2))
        .as((stream, count, criteria) -> JourneyPattern.builder().streamType(stream.streamType())
            .sessionType(stream.sessionType()).count(count).criteria(criteria).build());
  }

  /** A visit context pattern: 1..2 criteria on context keys ({@code authenticated} takes true/false). */
  static Arbitrary<ContextPattern> contextPattern() {
    Arbitrary<EntityTypeCriteria> criterion = Arbitraries.of(ContextKeys.names()).flatMap(key -> {
      boolean flag = key.equals(ContextKeys.AUTHENTICATED.key());
      Arbitrary<Operator> operator = flag ? Arbitraries.just(Operator.EQUAL) : Arbitraries.of(TEXT_OPERATORS);
      Arbitrary<List<String>> values = flag ? Arbitraries.of("true", "false").map(List::of)
          : Arbitraries.of(CONTEXT_VALUES).list().ofMinSize(1).ofMaxSize(2);
      return Combinators.combine(operator, values, Arbitraries.of(true, false))
          .as((op, vs, ignoreCase) -> EntityTypeCriteria.builder().key(key).operator(op).values(vs)
              .shouldIgnoreCase(!flag && ignoreCase).entityType(EntityType.VISIT).build());
    });
    return criterion.list().ofMinSize(1).ofMaxSize(2).map(list -> ContextPattern.builder().criteria(list).build());
  }
}
