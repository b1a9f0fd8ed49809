package io.journeydsl.testkit.tck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.JourneyApi;
import com.mypurecloud.sdk.v2.model.ActionMap;
import com.mypurecloud.sdk.v2.model.ActionTemplate;
import com.mypurecloud.sdk.v2.model.JourneyAggregationQuery;
import com.mypurecloud.sdk.v2.model.JourneySegment;
import com.mypurecloud.sdk.v2.model.Outcome;
import com.mypurecloud.sdk.v2.model.PatchActionMap;
import com.mypurecloud.sdk.v2.model.PatchActionTarget;
import com.mypurecloud.sdk.v2.model.PatchActionTemplate;
import com.mypurecloud.sdk.v2.model.PatchOutcome;
import com.mypurecloud.sdk.v2.model.PatchSegment;
import io.journeydsl.error.ErrorBody;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A {@link JourneyTransport} made of the official Genesys Java SDK's own {@code JourneyApi}: each
 * operation's body is written as wire JSON and read into the SDK's model with the SDK's mapper, the
 * SDK makes the HTTP call, and its answer is written back with the SDK's mapper and read as the
 * journey-dsl response type; an {@link ApiException} becomes the matching {@link JourneyApiException}.
 * So the SDK runs the transport TCK like any other transport.
 */
final class SdkJourneyTransport implements JourneyTransport {
  private final ApiClient apiClient;
  private final JourneyApi api;
  private final ObjectMapper mapper;

  SdkJourneyTransport(String basePath, String token) {
    this.apiClient = ApiClient.Builder.standard().withBasePath(basePath).withAccessToken(token).build();
    this.api = new JourneyApi(apiClient);
    this.mapper = apiClient.getObjectMapper();
  }

  @Override
  public <R> R execute(JourneyOperation<R> operation) {
    Operation op = operation.operation();
    String body = operation.body() == null ? null : JourneyJson.write(operation.body());
    Object result;
    try {
      result = invoke(op, operation.pathParameters(), operation.queryParameters(), body);
    } catch (ApiException e) {
      throw JourneyApiException.forStatus(op, e.getStatusCode(), errorBody(e.getRawBody()), e.getCorrelationId(), null);
    } catch (IOException e) {
      throw new AssertionError("SDK I/O failure on " + op, e);
    }
    if (result == null || operation.responseType() == Void.class) {
      return null;
    }
    try {
      String json = mapper.writeValueAsString(result);
      return JourneyJson.mapper().readValue(json, JourneyJson.mapper().constructType(operation.responseBodyType()));
    } catch (IOException e) {
      throw new AssertionError("the SDK's answer to " + op + " does not read as " + operation.responseBodyType(), e);
    }
  }

  @Override
  public void close() {
    try {
      apiClient.close();
    } catch (Exception e) {
      throw new IllegalStateException("closing the SDK's ApiClient", e);
    }
  }

  private static @Nullable ErrorBody errorBody(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return JourneyJson.read(raw, ErrorBody.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Object invoke(Operation op, Map<String, String> p, Map<String, List<String>> q, @Nullable String body)
      throws IOException, ApiException {
    switch (op) {
      case POST_JOURNEY_SEGMENTS: return api.postJourneySegments(read(body, JourneySegment.class));
      case GET_JOURNEY_SEGMENT: return api.getJourneySegment(p.get("segmentId"));
      case PATCH_JOURNEY_SEGMENT: return api.patchJourneySegment(p.get("segmentId"), read(body, PatchSegment.class));
      case DELETE_JOURNEY_SEGMENT: api.deleteJourneySegment(p.get("segmentId")); return null;
      case GET_JOURNEY_SEGMENTS: return api.getJourneySegments(one(q, "sortBy"), integer(q, "pageSize"),
          integer(q, "pageNumber"), bool(q, "isActive"), all(q, "segmentIds"), all(q, "queryFields"), one(q, "queryValue"));
      case POST_JOURNEY_OUTCOMES: return api.postJourneyOutcomes(read(body, Outcome.class));
      case GET_JOURNEY_OUTCOME: return api.getJourneyOutcome(p.get("outcomeId"));
      case PATCH_JOURNEY_OUTCOME: return api.patchJourneyOutcome(p.get("outcomeId"), read(body, PatchOutcome.class));
      case DELETE_JOURNEY_OUTCOME: api.deleteJourneyOutcome(p.get("outcomeId")); return null;
      case GET_JOURNEY_OUTCOMES: return api.getJourneyOutcomes(integer(q, "pageNumber"), integer(q, "pageSize"),
          one(q, "sortBy"), all(q, "outcomeIds"), all(q, "queryFields"), one(q, "queryValue"));
      case POST_JOURNEY_ACTIONMAPS: return api.postJourneyActionmaps(read(body, ActionMap.class));
      case GET_JOURNEY_ACTIONMAP: return api.getJourneyActionmap(p.get("actionMapId"));
      case PATCH_JOURNEY_ACTIONMAP: return api.patchJourneyActionmap(p.get("actionMapId"), read(body, PatchActionMap.class));
      case DELETE_JOURNEY_ACTIONMAP: api.deleteJourneyActionmap(p.get("actionMapId")); return null;
      case GET_JOURNEY_ACTIONMAPS: return api.getJourneyActionmaps(integer(q, "pageNumber"), integer(q, "pageSize"),
          one(q, "sortBy"), one(q, "filterField"), one(q, "filterValue"), all(q, "actionMapIds"), all(q, "queryFields"),
          one(q, "queryValue"));
      case POST_JOURNEY_ACTIONTEMPLATES: return api.postJourneyActiontemplates(read(body, ActionTemplate.class));
      case GET_JOURNEY_ACTIONTEMPLATE: return api.getJourneyActiontemplate(p.get("actionTemplateId"));
      case PATCH_JOURNEY_ACTIONTEMPLATE:
        return api.patchJourneyActiontemplate(p.get("actionTemplateId"), read(body, PatchActionTemplate.class));
      case DELETE_JOURNEY_ACTIONTEMPLATE: api.deleteJourneyActiontemplate(p.get("actionTemplateId"), bool(q, "hardDelete")); return null;
      case GET_JOURNEY_ACTIONTEMPLATES: return api.getJourneyActiontemplates(integer(q, "pageNumber"), integer(q, "pageSize"),
          one(q, "sortBy"), one(q, "mediaType"), one(q, "state"), all(q, "queryFields"), one(q, "queryValue"));
      case GET_JOURNEY_ACTIONTARGET: return api.getJourneyActiontarget(p.get("actionTargetId"));
      case PATCH_JOURNEY_ACTIONTARGET:
        return api.patchJourneyActiontarget(p.get("actionTargetId"), read(body, PatchActionTarget.class));
      case GET_JOURNEY_ACTIONTARGETS: return api.getJourneyActiontargets(integer(q, "pageNumber"), integer(q, "pageSize"));
      case POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY:
        return api.postAnalyticsJourneysAggregatesQuery(read(body, JourneyAggregationQuery.class));
      default:
        throw new IllegalArgumentException("no SDK call for " + op);
    }
  }

  private <T> T read(@Nullable String json, Class<T> type) throws IOException {
    return json == null ? null : mapper.readValue(json, type);
  }

  private static @Nullable String one(Map<String, List<String>> q, String name) {
    List<String> values = q.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static @Nullable List<String> all(Map<String, List<String>> q, String name) {
    return q.get(name);
  }

  private static @Nullable Integer integer(Map<String, List<String>> q, String name) {
    String value = one(q, name);
    return value == null ? null : Integer.valueOf(value);
  }

  private static @Nullable Boolean bool(Map<String, List<String>> q, String name) {
    String value = one(q, name);
    return value == null ? null : Boolean.valueOf(value);
  }
}
