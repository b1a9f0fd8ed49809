package io.journeydsl.client;

import io.journeydsl.JourneyDslException;
import io.journeydsl.Ref;
import io.journeydsl.analytics.JourneyAggregateQueryClause;
import io.journeydsl.analytics.JourneyAggregateQueryFilter;
import io.journeydsl.analytics.JourneyAggregateQueryPredicate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.IdDimension;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the references by name in an aggregate query's filter ({@code ${actionMap:Offer the sale}}
 * as the value of a {@code journeyActionMapId} predicate) to the ids of the org's objects, so that a
 * query written against a configuration runs against the org it was deployed to.
 */
final class QueryReferences {
  private QueryReferences() {}

  /** {@code query} with every reference by name in its filter replaced by the named object's id. */
  static JourneyAggregationQuery resolve(JourneyAggregationQuery query, OrgDirectory org) {
    JourneyAggregateQueryFilter filter = query.filter();
    if (filter == null || !hasPlaceholder(filter)) {
      return query;
    }
    JourneyAggregateQueryFilter.Builder resolved = JourneyAggregateQueryFilter.builder().from(filter);
    if (filter.predicates() != null) {
      resolved.predicates(resolve(filter.predicates(), org));
    }
    if (filter.clauses() != null) {
      List<JourneyAggregateQueryClause> clauses = new ArrayList<>();
      for (JourneyAggregateQueryClause clause : filter.clauses()) {
        clauses.add(clause.predicates() == null ? clause
            : JourneyAggregateQueryClause.builder().from(clause).predicates(resolve(clause.predicates(), org)).build());
      }
      resolved.clauses(clauses);
    }
    return JourneyAggregationQuery.builder().from(query).filter(resolved.build()).build();
  }

  private static boolean hasPlaceholder(JourneyAggregateQueryFilter filter) {
    List<JourneyAggregateQueryPredicate> all = new ArrayList<>();
    if (filter.predicates() != null) {
      all.addAll(filter.predicates());
    }
    if (filter.clauses() != null) {
      filter.clauses().forEach(c -> all.addAll(c.predicates() == null ? List.of() : c.predicates()));
    }
    return all.stream().anyMatch(p -> Ref.isPlaceholder(p.value()));
  }

  private static List<JourneyAggregateQueryPredicate> resolve(List<JourneyAggregateQueryPredicate> predicates,
      OrgDirectory org) {
    List<JourneyAggregateQueryPredicate> out = new ArrayList<>(predicates.size());
    for (JourneyAggregateQueryPredicate predicate : predicates) {
      out.add(Ref.isPlaceholder(predicate.value()) ? predicate.withValue(idOf(predicate, org)) : predicate);
    }
    return out;
  }

  private static String idOf(JourneyAggregateQueryPredicate predicate, OrgDirectory org) {
    Ref.Kind kind = Ref.kindOfPlaceholder(predicate.value()).orElseThrow();
    ApiCollection target = predicate.dimension() == null ? null
        : IdDimension.targetOf(predicate.dimension()).orElse(null);
    if (target != kind.collection()) {
      throw new JourneyDslException("the aggregate query filter refers to " + predicate.value() + " on "
          + predicate.dimension() + ", whose values are not " + kind.collection().label() + " ids");
    }
    Ref<?> ref = Ref.parse(kind, predicate.value()).orElseThrow();
    return org.idOf(target, ref.name().orElseThrow());
  }
}
