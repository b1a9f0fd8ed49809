package io.journeydsl.testkit.tck;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.client.ActionMapQuery;
import io.journeydsl.client.ActionTargetQuery;
import io.journeydsl.client.ActionTemplateQuery;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.client.OutcomeQuery;
import io.journeydsl.client.SegmentQuery;
import io.journeydsl.model.MediaType;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * Makes one call of one operation through {@link JourneyClient}'s resource clients, from wire JSON to
 * wire JSON, so that the TCK states its expectations as the API documents them (JSON bodies, query
 * parameters, statuses and error bodies) whatever the transport under the client.
 */
final class ClientDriver {

  /** The answer: status and body JSON (the entity, or the error body); body null for 204. */
  record Reply(int status, @Nullable String body) {}

  private final JourneyClient client;

  ClientDriver(JourneyClient client) {
    this.client = client;
  }

  Reply call(Operation op, Map<String, String> path, Map<String, List<String>> q, @Nullable String body) {
    try {
      Object result = invoke(op, path, new Q(q), body);
      return new Reply(result == null ? 204 : 200, result == null ? null : JourneyJson.write(result));
    } catch (JourneyApiException e) {
      return new Reply(e.status(), e.errorBody().map(JourneyJson::write).orElse(null));
    }
  }

  private Object invoke(Operation op, Map<String, String> p, Q q, @Nullable String body) {
    switch (op) {
      case POST_JOURNEY_SEGMENTS: return client.segments().create(read(body, JourneySegment.class));
      case GET_JOURNEY_SEGMENT: return client.segments().get(p.get("segmentId"));
      case PATCH_JOURNEY_SEGMENT: return client.segments().patch(p.get("segmentId"), read(body, PatchSegment.class));
      case DELETE_JOURNEY_SEGMENT: client.segments().delete(p.get("segmentId")); return null;
      case GET_JOURNEY_SEGMENTS: return client.segments().list(SegmentQuery.builder().sortBy(q.one("sortBy"))
          .pageSize(q.integer("pageSize")).pageNumber(q.integer("pageNumber")).isActive(q.bool("isActive"))
          .segmentIds(q.all("segmentIds")).queryFields(q.all("queryFields")).queryValue(q.one("queryValue")).build());
      case POST_JOURNEY_OUTCOMES: return client.outcomes().create(read(body, Outcome.class));
      case GET_JOURNEY_OUTCOME: return client.outcomes().get(p.get("outcomeId"));
      case PATCH_JOURNEY_OUTCOME: return client.outcomes().patch(p.get("outcomeId"), read(body, PatchOutcome.class));
      case DELETE_JOURNEY_OUTCOME: client.outcomes().delete(p.get("outcomeId")); return null;
      case GET_JOURNEY_OUTCOMES: return client.outcomes().list(OutcomeQuery.builder().sortBy(q.one("sortBy"))
          .pageSize(q.integer("pageSize")).pageNumber(q.integer("pageNumber")).outcomeIds(q.all("outcomeIds"))
          .queryFields(q.all("queryFields")).queryValue(q.one("queryValue")).build());
      case POST_JOURNEY_ACTIONMAPS: return client.actionMaps().create(read(body, ActionMap.class));
      case GET_JOURNEY_ACTIONMAP: return client.actionMaps().get(p.get("actionMapId"));
      case PATCH_JOURNEY_ACTIONMAP: return client.actionMaps().patch(p.get("actionMapId"), read(body, PatchActionMap.class));
      case DELETE_JOURNEY_ACTIONMAP: client.actionMaps().delete(p.get("actionMapId")); return null;
      case GET_JOURNEY_ACTIONMAPS: return client.actionMaps().list(ActionMapQuery.builder().sortBy(q.one("sortBy"))
          .pageSize(q.integer("pageSize")).pageNumber(q.integer("pageNumber")).filterField(q.one("filterField"))
          .filterValue(q.one("filterValue")).actionMapIds(q.all("actionMapIds")).queryFields(q.all("queryFields"))
          .queryValue(q.one("queryValue")).build());
      case POST_JOURNEY_ACTIONTEMPLATES: return client.actionTemplates().create(read(body, ActionTemplate.class));
      case GET_JOURNEY_ACTIONTEMPLATE: return client.actionTemplates().get(p.get("actionTemplateId"));
      case PATCH_JOURNEY_ACTIONTEMPLATE:
        return client.actionTemplates().patch(p.get("actionTemplateId"), read(body, PatchActionTemplate.class));
      case DELETE_JOURNEY_ACTIONTEMPLATE:
        Boolean hard = q.bool("hardDelete");
        if (hard == null) {
          client.actionTemplates().delete(p.get("actionTemplateId"));
        } else {
          client.actionTemplates().delete(p.get("actionTemplateId"), hard);
        }
        return null;
      case GET_JOURNEY_ACTIONTEMPLATES: return client.actionTemplates().list(ActionTemplateQuery.builder()
          .sortBy(q.one("sortBy")).pageSize(q.integer("pageSize")).pageNumber(q.integer("pageNumber"))
          .mediaType(q.one("mediaType") == null ? null : MediaType.of(q.one("mediaType")))
          .state(q.one("state") == null ? null : ActionTemplateState.of(q.one("state")))
          .queryFields(q.all("queryFields")).queryValue(q.one("queryValue")).build());
      case GET_JOURNEY_ACTIONTARGET: return client.actionTargets().get(p.get("actionTargetId"));
      case PATCH_JOURNEY_ACTIONTARGET:
        return client.actionTargets().patch(p.get("actionTargetId"), read(body, PatchActionTarget.class));
      case GET_JOURNEY_ACTIONTARGETS: return client.actionTargets().list(ActionTargetQuery.builder()
          .pageSize(q.integer("pageSize")).pageNumber(q.integer("pageNumber")).build());
      case POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY:
        return client.analytics().query(read(body, JourneyAggregationQuery.class));
      default:
        throw new IllegalArgumentException("no driver for " + op);
    }
  }

  private static <T> T read(@Nullable String json, Class<T> type) {
    return json == null ? null : JourneyJson.read(json, type);
  }

  /** Reads query parameters given as a multimap. */
  private record Q(Map<String, List<String>> values) {
    @Nullable String one(String name) {
      List<String> list = values.get(name);
      return list == null || list.isEmpty() ? null : list.get(0);
    }

    List<String> all(String name) {
      return values.getOrDefault(name, List.of());
    }

    @Nullable Integer integer(String name) {
      String value = one(name);
      return value == null ? null : Integer.valueOf(value);
    }

    @Nullable Boolean bool(String name) {
      String value = one(name);
      return value == null ? null : Boolean.valueOf(value);
    }
  }
}
