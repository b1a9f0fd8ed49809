package io.journeydsl.testkit.internal.core;

import io.journeydsl.analytics.FilterType;
import io.journeydsl.analytics.JourneyAggregateQueryClause;
import io.journeydsl.analytics.JourneyAggregateQueryFilter;
import io.journeydsl.analytics.JourneyAggregateQueryPredicate;
import io.journeydsl.analytics.NumericRange;
import io.journeydsl.testkit.JourneyEvent;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code filter} of an aggregates query applied to one event: {@code and}/{@code or} over
 * predicates and clauses; predicate operators {@code matches} (the default; equal to {@code value},
 * or inside {@code range}), {@code exists} and {@code notExists}.
 */
final class EventFilter {
  private EventFilter() {}

  /** Checks the filter's shape; throws a 400 naming the field. */
  static void check(@Nullable JourneyAggregateQueryFilter filter) {
    if (filter == null) {
      return;
    }
    checkPredicates(filter.predicates(), "filter.predicates");
    List<JourneyAggregateQueryClause> clauses = filter.clauses();
    if (clauses != null) {
      for (int i = 0; i < clauses.size(); i++) {
        checkPredicates(clauses.get(i).predicates(), "filter.clauses[" + i + "].predicates");
      }
    }
    boolean noPredicates = filter.predicates() == null || filter.predicates().isEmpty();
    boolean noClauses = clauses == null || clauses.isEmpty();
    if (noPredicates && noClauses) {
      throw ApiError.badField("filter", "required", "A filter needs at least one predicate or clause");
    }
  }

  private static void checkPredicates(@Nullable List<JourneyAggregateQueryPredicate> predicates, String path) {
    if (predicates == null) {
      return;
    }
    for (int i = 0; i < predicates.size(); i++) {
      JourneyAggregateQueryPredicate p = predicates.get(i);
      String at = path + "[" + i + "]";
      if (p.dimension() == null) {
        throw ApiError.badField(at + ".dimension", "required", "A predicate needs a 'dimension'");
      }
      String operator = p.operator() == null ? "matches" : p.operator().value();
      if (operator.equals("matches") && p.value() == null && p.range() == null) {
        throw ApiError.badField(at + ".value", "required", "A 'matches' predicate needs a 'value' or a 'range'");
      }
      if (!operator.equals("matches") && (p.value() != null || p.range() != null)) {
        throw ApiError.badField(at + ".operator", "invalid.value",
            "An '" + operator + "' predicate takes neither 'value' nor 'range'");
      }
      if (p.value() != null && p.range() != null) {
        throw ApiError.badField(at + ".range", "invalid.value", "A predicate takes a 'value' or a 'range', not both");
      }
    }
  }

  static boolean test(@Nullable JourneyAggregateQueryFilter filter, JourneyEvent event) {
    if (filter == null) {
      return true;
    }
    boolean and = isAnd(filter.type());
    boolean result = and;
    for (JourneyAggregateQueryPredicate predicate : orEmpty(filter.predicates())) {
      result = combine(and, result, test(predicate, event));
    }
    for (JourneyAggregateQueryClause clause : orEmpty(filter.clauses())) {
      boolean clauseAnd = isAnd(clause.type());
      boolean clauseResult = clauseAnd;
      for (JourneyAggregateQueryPredicate predicate : orEmpty(clause.predicates())) {
        clauseResult = combine(clauseAnd, clauseResult, test(predicate, event));
      }
      result = combine(and, result, clauseResult);
    }
    return result;
  }

  private static boolean combine(boolean and, boolean acc, boolean next) {
    return and ? acc && next : acc || next;
  }

  private static boolean isAnd(@Nullable FilterType type) {
    return type == null || type.value().equals("and");
  }

  private static boolean test(JourneyAggregateQueryPredicate predicate, JourneyEvent event) {
    String actual = event.dimensions().get(predicate.dimension().value());
    String operator = predicate.operator() == null ? "matches" : predicate.operator().value();
    switch (operator) {
      case "exists":
        return actual != null;
      case "notExists":
        return actual == null;
      default:
        if (actual == null) {
          return false;
        }
        if (predicate.value() != null) {
          return predicate.value().equals(actual);
        }
        return inRange(predicate.range(), actual);
    }
  }

  private static boolean inRange(NumericRange range, String actual) {
    BigDecimal value;
    try {
      value = new BigDecimal(actual);
    } catch (NumberFormatException e) {
      return false;
    }
    return (range.gt() == null || value.compareTo(range.gt()) > 0)
        && (range.gte() == null || value.compareTo(range.gte()) >= 0)
        && (range.lt() == null || value.compareTo(range.lt()) < 0)
        && (range.lte() == null || value.compareTo(range.lte()) <= 0);
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
