package io.journeydsl.client;

import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import java.util.function.Consumer;

/** Journey analytics: {@code POST /api/v2/analytics/journeys/aggregates/query}. */
public interface AnalyticsClient {

  /**
   * Runs an aggregate query ({@code POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY}).
   *
   * @param body the query; required by the API
   * @return the aggregated results
   * @throws io.journeydsl.spi.MissingParameterException if {@code body} is null, before anything is sent
   * @throws io.journeydsl.error.JourneyApiException if the call fails
   */
  JourneyAggregateQueryResponse query(JourneyAggregationQuery body);

  /**
   * Runs an aggregate query built by {@code spec} ({@code POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY}).
   *
   * @param spec fills the query builder
   * @return the aggregated results
   */
  JourneyAggregateQueryResponse query(Consumer<JourneyAggregationQuery.Builder> spec);
}
