package io.journeydsl.testkit.simulator;

import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.segment;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.segment.JourneySegment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operator of the API on a context key, one visitor value at a time (the Operators page). */
class OperatorsTest {

  @ParameterizedTest(name = "{0} {1} on ''{2}'' (ignore case {3}) -> {4}")
  @CsvSource(delimiter = '|', textBlock = """
      equal              | Chrome        | Chrome        | false | true
      equal              | chrome        | Chrome        | false | false
      equal              | chrome        | Chrome        | true  | true
      equal              | Edge,Chrome   | Chrome        | false | true
      notEqual           | Edge,Chrome   | Chrome        | false | false
      notEqual           | Edge          | Chrome        | false | true
      containsAll        | hr,om         | Chrome        | false | true
      containsAll        | hr,xx         | Chrome        | false | false
      containsAny        | xx,om         | Chrome        | false | true
      notContainsAll     | hr,xx         | Chrome        | false | true
      notContainsAll     | hr,om         | Chrome        | false | false
      notContainsAny     | xx,yy         | Chrome        | false | true
      notContainsAny     | xx,om         | Chrome        | false | false
      startsWith         | CH            | Chrome        | true  | true
      startsWith         | CH            | Chrome        | false | false
      endsWith           | me            | Chrome        | false | true
      greaterThan        | 99            | 120.0         | false | true
      greaterThan        | 120           | 120.0         | false | false
      greaterThanOrEqual | 120           | 120.0         | false | true
      lessThan           | 9.10          | 9.9           | false | false
      lessThan           | 10            | 9.9           | false | true
      lessThanOrEqual    | 120.0.1       | 120.0.1       | false | true
      lessThan           | 120.0.10      | 120.0.9       | false | true
      greaterThan        | abc           | abd           | false | false
      """)
  void operatorsMatchAsDocumented(String operator, String values, String actual, boolean ignoreCase, boolean matches) {
    EntityTypeCriteria criterion = ContextKeys.BROWSER_VERSION.equal("x").withOperator(io.journeydsl.criteria.Operator.of(operator))
        .withValues(java.util.List.of(values.split(","))).withShouldIgnoreCase(ignoreCase);
    JourneySegment s = segment("S").context(contextPattern(criterion)).build();
    Visitor v = Visitor.named("v").withContext("browser.version", actual)
        .withSession(Session.web("s", VisitorEvent.pageView(java.time.Instant.EPOCH, "https://a.example/")));

    assertThat(JourneySimulator.of(JourneyConfig.of(s)).simulate(v).visitor("v").afterEvent(1).segments().contains("S"))
        .isEqualTo(matches);
  }
}
