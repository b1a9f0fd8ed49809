package io.journeydsl.client;

import io.journeydsl.JourneyConfig;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.GroupNames;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.IdDimension;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link AnalyticsClient} over a transport. */
final class DefaultAnalyticsClient implements AnalyticsClient {
  private final JourneyTransport transport;

  DefaultAnalyticsClient(JourneyTransport transport) {
    this.transport = transport;
  }

  @Override
  public JourneyAggregateQueryResponse query(JourneyAggregationQuery body) {
    return send(body, new OrgDirectory(transport));
  }

  @Override
  public List<AggregateRow> rows(JourneyAggregationQuery query, JourneyConfig config) {
    Objects.requireNonNull(config, "config");
    OrgDirectory org = new OrgDirectory(transport);
    JourneyAggregateQueryResponse response = send(query, org);
    return response.rows(namesOf(query, config, org));
  }

  private JourneyAggregateQueryResponse send(JourneyAggregationQuery body, OrgDirectory org) {
    JourneyAggregationQuery resolved = body == null ? null : QueryReferences.resolve(body, org);
    return transport.execute(JourneyOperation.builder(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY,
        JourneyAggregateQueryResponse.class).body(resolved).build());
  }

  /** The org's ids of the configuration's objects, for the id dimensions the query groups by. */
  private static GroupNames namesOf(JourneyAggregationQuery query, JourneyConfig config, OrgDirectory org) {
    Map<ApiCollection, Map<String, String>> names = new EnumMap<>(ApiCollection.class);
    List<JourneyDimension> groupBy = query == null || query.groupBy() == null ? List.of() : query.groupBy();
    for (JourneyDimension dimension : groupBy) {
      IdDimension.targetOf(dimension).ifPresent(collection -> names.computeIfAbsent(collection, c -> {
        Set<String> ours = config.names(c);
        Map<String, String> byId = new LinkedHashMap<>();
        org.namesById(c).forEach((id, name) -> {
          if (ours.contains(name)) {
            byId.put(id, name);
          }
        });
        return byId;
      }));
    }
    return GroupNames.of(names);
  }
}
