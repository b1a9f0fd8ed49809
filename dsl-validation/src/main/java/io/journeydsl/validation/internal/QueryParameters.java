package io.journeydsl.validation.internal;

import io.journeydsl.client.ActionMapQuery;
import io.journeydsl.client.ActionTargetQuery;
import io.journeydsl.client.ActionTemplateQuery;
import io.journeydsl.client.OutcomeQuery;
import io.journeydsl.client.SegmentQuery;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed queries of the client as wire parameters (name to values), absent ones left out. */
public final class QueryParameters {
  private final Map<String, List<String>> params = new LinkedHashMap<>();

  private QueryParameters() {}

  /** The endpoint and parameters of a typed query, or {@code null} when {@code query} is none. */
  public static @Nullable Map.Entry<QueryRules.Endpoint, Map<String, List<String>>> of(Object query) {
    QueryParameters p = new QueryParameters();
    QueryRules.Endpoint endpoint;
    if (query instanceof SegmentQuery q) {
      p.one("sortBy", q.sortBy()).one("pageSize", q.pageSize()).one("pageNumber", q.pageNumber())
          .one("isActive", q.isActive()).many("segmentIds", q.segmentIds()).many("queryFields", q.queryFields())
          .one("queryValue", q.queryValue());
      endpoint = QueryRules.Endpoint.SEGMENTS;
    } else if (query instanceof OutcomeQuery q) {
      p.one("pageNumber", q.pageNumber()).one("pageSize", q.pageSize()).one("sortBy", q.sortBy())
          .many("outcomeIds", q.outcomeIds()).many("queryFields", q.queryFields()).one("queryValue", q.queryValue());
      endpoint = QueryRules.Endpoint.OUTCOMES;
    } else if (query instanceof ActionMapQuery q) {
      p.one("pageNumber", q.pageNumber()).one("pageSize", q.pageSize()).one("sortBy", q.sortBy())
          .one("filterField", q.filterField()).one("filterValue", q.filterValue())
          .many("actionMapIds", q.actionMapIds()).many("queryFields", q.queryFields()).one("queryValue", q.queryValue());
      endpoint = QueryRules.Endpoint.ACTION_MAPS;
    } else if (query instanceof ActionTemplateQuery q) {
      p.one("pageNumber", q.pageNumber()).one("pageSize", q.pageSize()).one("sortBy", q.sortBy())
          .one("mediaType", q.mediaType()).one("state", q.state()).many("queryFields", q.queryFields())
          .one("queryValue", q.queryValue());
      endpoint = QueryRules.Endpoint.ACTION_TEMPLATES;
    } else if (query instanceof ActionTargetQuery q) {
      p.one("pageNumber", q.pageNumber()).one("pageSize", q.pageSize());
      endpoint = QueryRules.Endpoint.ACTION_TARGETS;
    } else {
      return null;
    }
    return Map.entry(endpoint, p.params);
  }

  private QueryParameters one(String name, @Nullable Object value) {
    if (value != null) {
      params.put(name, List.of(value.toString()));
    }
    return this;
  }

  private QueryParameters many(String name, @Nullable List<String> values) {
    if (values != null && !values.isEmpty()) {
      params.put(name, new ArrayList<>(values));
    }
    return this;
  }
}
