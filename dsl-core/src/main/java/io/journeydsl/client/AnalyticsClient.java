package io.journeydsl.client;

import io.journeydsl.JourneyConfig;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import java.util.List;
import java.util.function.Consumer;

/**
 * Journey analytics: {@code POST /api/v2/analytics/journeys/aggregates/query}.
 *
 * <p>A query's filter may name objects instead of giving their ids
 * ({@code dimension(JOURNEY_ACTION_MAP_ID).matches(Ref.actionMap("Offer the sale"))}): each such
 * reference is resolved to the id of the org's object of that name before the query is sent, and a
 * name that matches no object, or more than one, fails before anything is sent.
 */
public interface AnalyticsClient {

  /**
   * Runs an aggregate query ({@code POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY}), references by name in
   * its filter resolved to ids first.
   *
   * @param body the query; required by the API
   * @return the aggregated results
   * @throws io.journeydsl.spi.MissingParameterException if {@code body} is null, before anything is sent
   * @throws io.journeydsl.JourneyDslException if a reference by name matches no object or several
   * @throws io.journeydsl.error.JourneyApiException if the call fails
   */
  JourneyAggregateQueryResponse query(JourneyAggregationQuery body);

  /**
   * Runs an aggregate query built by {@code spec} ({@code POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY}).
   *
   * @param spec fills the query builder
   * @return the aggregated results
   */
  default JourneyAggregateQueryResponse query(Consumer<JourneyAggregationQuery.Builder> spec) {
    JourneyAggregationQuery.Builder builder = JourneyAggregationQuery.builder();
    spec.accept(builder);
    return query(builder.build());
  }

  /**
   * Runs an aggregate query and returns its results as typed rows, group values as they came.
   *
   * @param query the query
   * @return one row per group, interval and metric, in wire order
   */
  default List<AggregateRow> rows(JourneyAggregationQuery query) {
    return query(query).rows();
  }

  /**
   * Runs an aggregate query against the org {@code config} was deployed to and returns typed rows in
   * which the group values that are ids of the configuration's objects carry those objects' names
   * ({@link AggregateRow#label}); ids of other objects are shown as they came.
   *
   * @param query the query; references by name in its filter are resolved as by {@link #query}
   * @param config the configuration whose objects are to be shown by name
   * @return one row per group, interval and metric, in wire order
   */
  List<AggregateRow> rows(JourneyAggregationQuery query, JourneyConfig config);
}
