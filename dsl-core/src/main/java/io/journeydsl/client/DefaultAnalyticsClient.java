package io.journeydsl.client;

import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import java.util.function.Consumer;

/** {@link AnalyticsClient} over a transport. */
final class DefaultAnalyticsClient implements AnalyticsClient {
  private final JourneyTransport transport;

  DefaultAnalyticsClient(JourneyTransport transport) {
    this.transport = transport;
  }

  @Override
  public JourneyAggregateQueryResponse query(JourneyAggregationQuery body) {
    return transport.execute(JourneyOperation.builder(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY,
        JourneyAggregateQueryResponse.class).body(body).build());
  }

  @Override
  public JourneyAggregateQueryResponse query(Consumer<JourneyAggregationQuery.Builder> spec) {
    JourneyAggregationQuery.Builder builder = JourneyAggregationQuery.builder();
    spec.accept(builder);
    return query(builder.build());
  }
}
