package io.journeydsl.analytics;

import io.journeydsl.internal.Args;
import io.journeydsl.JourneyDslException;
import io.journeydsl.Ref;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.IdDimension;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Filter building blocks of aggregate queries: {@code dimension(JOURNEY_SEGMENT_ID).matches(id)},
 * combined with {@link #allOf} / {@link #anyOf} into a filter, and {@link #allOfClause} /
 * {@link #anyOfClause} for the nested level; a filter may also be made of clauses only
 * ({@link #anyOfClauses}, {@link #allOfClauses}).
 */
public final class Predicates {
  private Predicates() {}

  /** The predicates on one dimension. */
  public static final class DimensionPredicates {
    private final JourneyDimension dimension;

    private DimensionPredicates(JourneyDimension dimension) {
      this.dimension = dimension;
    }

    /** The dimension equals {@code value} (operator {@code matches}). */
    public JourneyAggregateQueryPredicate matches(String value) {
      return base(PredicateOperator.MATCHES).value(Args.requireNonNull(value, "predicate value")).build();
    }

    /**
     * The dimension equals the id of the object {@code ref} names: {@code
     * dimension(JOURNEY_ACTION_MAP_ID).matches(Ref.actionMap("Offer the sale"))}. A reference by name
     * is written as its {@code ${kind:name}} placeholder and resolved to the object's id in the org
     * when the query runs ({@code client.analytics().query(...)}).
     *
     * @throws JourneyDslException if the dimension's values are not ids of objects of the reference's kind
     */
    public JourneyAggregateQueryPredicate matches(Ref<?> ref) {
      Args.requireNonNull(ref, "predicate reference");
      ApiCollection target = IdDimension.targetOf(dimension).orElseThrow(() -> new JourneyDslException(
          "the values of " + dimension + " are not ids of Journey objects; a reference cannot stand there"));
      if (ref.kind().collection() != target) {
        throw new JourneyDslException(dimension + " holds " + target.label() + " ids, not "
            + ref.kind().collection().label() + " ids (" + ref + ")");
      }
      return matches(ref.wire());
    }

    /** The dimension has a value. */
    public JourneyAggregateQueryPredicate exists() {
      return base(PredicateOperator.EXISTS).build();
    }

    /** The dimension has no value. */
    public JourneyAggregateQueryPredicate notExists() {
      return base(PredicateOperator.NOT_EXISTS).build();
    }

    /** The dimension's numeric value lies in [gte, lt); either bound may be {@code null}. */
    public JourneyAggregateQueryPredicate inRange(BigDecimal gte, BigDecimal lt) {
      if (gte == null && lt == null) {
        throw new JourneyDslException("a range predicate needs at least one bound");
      }
      return base(PredicateOperator.MATCHES).range(r -> r.gte(gte).lt(lt)).build();
    }

    /**
     * The dimension's numeric value lies in the range {@code range} sets with the wire's bounds
     * {@code gt}, {@code gte}, {@code lt} and {@code lte}:
     * {@code dimension(JOURNEY_ACTION_MAP_VERSION).inRange(r -> r.gt(ONE).lte(TEN))}. At least one bound
     * is needed, and a side has at most one bound (not both {@code gt} and {@code gte}).
     */
    public JourneyAggregateQueryPredicate inRange(Consumer<NumericRange.Builder> range) {
      NumericRange.Builder builder = NumericRange.builder();
      Args.requireNonNull(range, "range").accept(builder);
      NumericRange r = builder.build();
      if (r.gt() == null && r.gte() == null && r.lt() == null && r.lte() == null) {
        throw new JourneyDslException("a range predicate needs at least one bound");
      }
      if (r.gt() != null && r.gte() != null) {
        throw new JourneyDslException("a range has one lower bound: gt " + r.gt() + " or gte " + r.gte());
      }
      if (r.lt() != null && r.lte() != null) {
        throw new JourneyDslException("a range has one upper bound: lt " + r.lt() + " or lte " + r.lte());
      }
      return base(PredicateOperator.MATCHES).range(r).build();
    }

    private JourneyAggregateQueryPredicate.Builder base(PredicateOperator operator) {
      return JourneyAggregateQueryPredicate.builder().type(PredicateType.DIMENSION).dimension(dimension).operator(operator);
    }
  }

  /** Starts a predicate on {@code dimension}. */
  public static DimensionPredicates dimension(JourneyDimension dimension) {
    return new DimensionPredicates(Args.requireNonNull(dimension, "dimension"));
  }

  /** A filter matching when every predicate matches. */
  public static JourneyAggregateQueryFilter allOf(JourneyAggregateQueryPredicate... predicates) {
    return JourneyAggregateQueryFilter.builder().type(FilterType.AND).predicates(nonEmpty(predicates)).build();
  }

  /** A filter matching when any predicate matches. */
  public static JourneyAggregateQueryFilter anyOf(JourneyAggregateQueryPredicate... predicates) {
    return JourneyAggregateQueryFilter.builder().type(FilterType.OR).predicates(nonEmpty(predicates)).build();
  }

  /** A nested clause matching when every predicate matches; add it with {@link #withClauses}. */
  public static JourneyAggregateQueryClause allOfClause(JourneyAggregateQueryPredicate... predicates) {
    return JourneyAggregateQueryClause.builder().type(FilterType.AND).predicates(nonEmpty(predicates)).build();
  }

  /** A nested clause matching when any predicate matches. */
  public static JourneyAggregateQueryClause anyOfClause(JourneyAggregateQueryPredicate... predicates) {
    return JourneyAggregateQueryClause.builder().type(FilterType.OR).predicates(nonEmpty(predicates)).build();
  }

  /**
   * A filter made only of clauses, matching when any clause matches: an OR of ANDs, e.g.
   * {@code anyOfClauses(allOfClause(a, b), allOfClause(c))}.
   */
  public static JourneyAggregateQueryFilter anyOfClauses(JourneyAggregateQueryClause first,
      JourneyAggregateQueryClause... more) {
    return JourneyAggregateQueryFilter.builder().type(FilterType.OR)
        .clauses(Args.nonNullList("clause", first, more)).build();
  }

  /** A filter made only of clauses, matching when every clause matches: an AND of ORs. */
  public static JourneyAggregateQueryFilter allOfClauses(JourneyAggregateQueryClause first,
      JourneyAggregateQueryClause... more) {
    return JourneyAggregateQueryFilter.builder().type(FilterType.AND)
        .clauses(Args.nonNullList("clause", first, more)).build();
  }

  /** A copy of {@code filter} with these nested clauses added (the API allows two levels). */
  public static JourneyAggregateQueryFilter withClauses(JourneyAggregateQueryFilter filter,
      JourneyAggregateQueryClause... clauses) {
    Args.requireNonNull(filter, "filter");
    for (JourneyAggregateQueryClause c : clauses) {
      Args.requireNonNull(c, "clause");
    }
    return JourneyAggregateQueryFilter.builder().from(filter).addClauses(clauses).build();
  }

  private static List<JourneyAggregateQueryPredicate> nonEmpty(JourneyAggregateQueryPredicate[] predicates) {
    if (predicates == null || predicates.length == 0) {
      throw new JourneyDslException("a filter needs at least one predicate");
    }
    for (JourneyAggregateQueryPredicate p : predicates) {
      Args.requireNonNull(p, "predicate");
    }
    return Arrays.asList(predicates);
  }
}
