package io.journeydsl.validation.rules;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.analytics.JourneyAggregateQueryClause;
import io.journeydsl.analytics.JourneyAggregateQueryFilter;
import io.journeydsl.analytics.JourneyAggregateQueryPredicate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.IdDimension;
import io.journeydsl.validation.Violation;
import io.journeydsl.validation.internal.BundlePaths;
import io.journeydsl.validation.internal.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A bundle's aggregate queries may filter on its objects by name ({@code ${actionMap:Offer the sale}}
 * as a {@code journeyActionMapId} value, resolved to the org's id when the query runs): each such
 * reference stands on a dimension whose values are ids of its kind ({@link IdDimension}) and names an
 * object of the bundle. Plain values are the org's and are not checked.
 */
final class QueryReferenceRule implements BundleRule {
  @Override
  public void check(JourneyConfig config, Consumer<Violation> out) {
    List<JourneyAggregationQuery> queries = config.aggregateQueries();
    for (int i = 0; i < queries.size(); i++) {
      JourneyAggregateQueryFilter filter = queries.get(i).filter();
      if (filter == null) {
        continue;
      }
      String base = BundlePaths.of("aggregateQueries", null, i) + ".filter";
      predicates(config, base, filter.predicates(), out);
      List<JourneyAggregateQueryClause> clauses = filter.clauses() == null ? List.of() : filter.clauses();
      for (int c = 0; c < clauses.size(); c++) {
        predicates(config, base + ".clauses[" + c + "]", clauses.get(c).predicates(), out);
      }
    }
  }

  private static void predicates(JourneyConfig config, String base, List<JourneyAggregateQueryPredicate> predicates,
      Consumer<Violation> out) {
    if (predicates == null) {
      return;
    }
    for (int p = 0; p < predicates.size(); p++) {
      JourneyAggregateQueryPredicate predicate = predicates.get(p);
      String value = predicate.value();
      if (value == null || !value.startsWith("${")) {
        continue;
      }
      String path = base + ".predicates[" + p + "].value";
      Optional<Ref.Kind> kind = Ref.kindOfPlaceholder(value);
      if (kind.isEmpty()) {
        out.accept(Rule.REF_MALFORMED.at(path, value));
        continue;
      }
      Optional<ApiCollection> target = predicate.dimension() == null ? Optional.empty()
          : IdDimension.targetOf(predicate.dimension());
      if (target.isEmpty()) {
        out.accept(Rule.REF_DIMENSION.at(path, value, Map.of("dimension", String.valueOf(predicate.dimension()))));
      } else if (target.get() != kind.get().collection()) {
        out.accept(Rule.REF_WRONG_KIND.at(path, value, Map.of("kind", Ref.Kind.of(target.get())
            .map(Ref.Kind::prefix).orElse(target.get().label()), "actual", kind.get().prefix())));
      } else {
        String name = Ref.parse(kind.get(), value).flatMap(Ref::name).orElseThrow();
        if (!config.names(target.get()).contains(name)) {
          out.accept(Rule.REF_UNRESOLVED.at(path, value, Map.of("kind", target.get().label())));
        }
      }
    }
  }
}
