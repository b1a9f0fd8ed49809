package io.journeydsl.spi;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapListing;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontarget.ActionTargetListing;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateListing;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.OutcomeListing;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.segment.SegmentListing;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 24 seed operations of the Genesys Journey API, named after the seed SDK methods
 * ({@code getJourneySegments} is {@link #GET_JOURNEY_SEGMENTS}). Each constant carries its HTTP
 * method, path template, request and response types and the names of its query parameters in API
 * order. Every {@link io.journeydsl.client.JourneyClient} call maps to exactly one of them.
 */
public enum Operation {
  /** {@code DELETE /api/v2/journey/actionmaps/{actionMapId}}: delete a single action map. */
  DELETE_JOURNEY_ACTIONMAP(HttpMethod.DELETE, "/api/v2/journey/actionmaps/{actionMapId}",
      "deleteJourneyActionmap", null, null),
  /** {@code DELETE /api/v2/journey/actiontemplates/{actionTemplateId}}: delete an action template. */
  DELETE_JOURNEY_ACTIONTEMPLATE(HttpMethod.DELETE, "/api/v2/journey/actiontemplates/{actionTemplateId}",
      "deleteJourneyActiontemplate", null, null, "hardDelete"),
  /** {@code DELETE /api/v2/journey/outcomes/{outcomeId}}: delete an outcome. */
  DELETE_JOURNEY_OUTCOME(HttpMethod.DELETE, "/api/v2/journey/outcomes/{outcomeId}",
      "deleteJourneyOutcome", null, null),
  /** {@code DELETE /api/v2/journey/segments/{segmentId}}: delete a segment. */
  DELETE_JOURNEY_SEGMENT(HttpMethod.DELETE, "/api/v2/journey/segments/{segmentId}",
      "deleteJourneySegment", null, null),
  /** {@code GET /api/v2/journey/actionmaps/{actionMapId}}: retrieve a single action map. */
  GET_JOURNEY_ACTIONMAP(HttpMethod.GET, "/api/v2/journey/actionmaps/{actionMapId}",
      "getJourneyActionmap", null, ActionMap.class),
  /** {@code GET /api/v2/journey/actionmaps}: retrieve a page of action maps. */
  GET_JOURNEY_ACTIONMAPS(HttpMethod.GET, "/api/v2/journey/actionmaps",
      "getJourneyActionmaps", null, ActionMapListing.class,
      "pageNumber", "pageSize", "sortBy", "filterField", "filterValue", "actionMapIds", "queryFields", "queryValue"),
  /** {@code GET /api/v2/journey/actiontargets/{actionTargetId}}: retrieve a single action target. */
  GET_JOURNEY_ACTIONTARGET(HttpMethod.GET, "/api/v2/journey/actiontargets/{actionTargetId}",
      "getJourneyActiontarget", null, ActionTarget.class),
  /** {@code GET /api/v2/journey/actiontargets}: retrieve a page of action targets. */
  GET_JOURNEY_ACTIONTARGETS(HttpMethod.GET, "/api/v2/journey/actiontargets",
      "getJourneyActiontargets", null, ActionTargetListing.class, "pageNumber", "pageSize"),
  /** {@code GET /api/v2/journey/actiontemplates/{actionTemplateId}}: retrieve a single action template. */
  GET_JOURNEY_ACTIONTEMPLATE(HttpMethod.GET, "/api/v2/journey/actiontemplates/{actionTemplateId}",
      "getJourneyActiontemplate", null, ActionTemplate.class),
  /** {@code GET /api/v2/journey/actiontemplates}: retrieve a page of action templates. */
  GET_JOURNEY_ACTIONTEMPLATES(HttpMethod.GET, "/api/v2/journey/actiontemplates",
      "getJourneyActiontemplates", null, ActionTemplateListing.class,
      "pageNumber", "pageSize", "sortBy", "mediaType", "state", "queryFields", "queryValue"),
  /** {@code GET /api/v2/journey/outcomes/{outcomeId}}: retrieve a single outcome. */
  GET_JOURNEY_OUTCOME(HttpMethod.GET, "/api/v2/journey/outcomes/{outcomeId}",
      "getJourneyOutcome", null, Outcome.class),
  /** {@code GET /api/v2/journey/outcomes}: retrieve a page of outcomes. */
  GET_JOURNEY_OUTCOMES(HttpMethod.GET, "/api/v2/journey/outcomes",
      "getJourneyOutcomes", null, OutcomeListing.class,
      "pageNumber", "pageSize", "sortBy", "outcomeIds", "queryFields", "queryValue"),
  /** {@code GET /api/v2/journey/segments/{segmentId}}: retrieve a single segment. */
  GET_JOURNEY_SEGMENT(HttpMethod.GET, "/api/v2/journey/segments/{segmentId}",
      "getJourneySegment", null, JourneySegment.class),
  /** {@code GET /api/v2/journey/segments}: retrieve a page of segments (note the API's parameter order). */
  GET_JOURNEY_SEGMENTS(HttpMethod.GET, "/api/v2/journey/segments",
      "getJourneySegments", null, SegmentListing.class,
      "sortBy", "pageSize", "pageNumber", "isActive", "segmentIds", "queryFields", "queryValue"),
  /** {@code PATCH /api/v2/journey/actionmaps/{actionMapId}}: update a single action map. */
  PATCH_JOURNEY_ACTIONMAP(HttpMethod.PATCH, "/api/v2/journey/actionmaps/{actionMapId}",
      "patchJourneyActionmap", PatchActionMap.class, ActionMap.class),
  /** {@code PATCH /api/v2/journey/actiontargets/{actionTargetId}}: update a single action target. */
  PATCH_JOURNEY_ACTIONTARGET(HttpMethod.PATCH, "/api/v2/journey/actiontargets/{actionTargetId}",
      "patchJourneyActiontarget", PatchActionTarget.class, ActionTarget.class),
  /** {@code PATCH /api/v2/journey/actiontemplates/{actionTemplateId}}: update a single action template. */
  PATCH_JOURNEY_ACTIONTEMPLATE(HttpMethod.PATCH, "/api/v2/journey/actiontemplates/{actionTemplateId}",
      "patchJourneyActiontemplate", PatchActionTemplate.class, ActionTemplate.class),
  /** {@code PATCH /api/v2/journey/outcomes/{outcomeId}}: update an outcome. */
  PATCH_JOURNEY_OUTCOME(HttpMethod.PATCH, "/api/v2/journey/outcomes/{outcomeId}",
      "patchJourneyOutcome", PatchOutcome.class, Outcome.class),
  /** {@code PATCH /api/v2/journey/segments/{segmentId}}: update a segment. */
  PATCH_JOURNEY_SEGMENT(HttpMethod.PATCH, "/api/v2/journey/segments/{segmentId}",
      "patchJourneySegment", PatchSegment.class, JourneySegment.class),
  /** {@code POST /api/v2/analytics/journeys/aggregates/query}: query for journey aggregates (body required). */
  POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY(HttpMethod.POST, "/api/v2/analytics/journeys/aggregates/query",
      "postAnalyticsJourneysAggregatesQuery", JourneyAggregationQuery.class, JourneyAggregateQueryResponse.class),
  /** {@code POST /api/v2/journey/actionmaps}: create an action map. */
  POST_JOURNEY_ACTIONMAPS(HttpMethod.POST, "/api/v2/journey/actionmaps",
      "postJourneyActionmaps", ActionMap.class, ActionMap.class),
  /** {@code POST /api/v2/journey/actiontemplates}: create a single action template. */
  POST_JOURNEY_ACTIONTEMPLATES(HttpMethod.POST, "/api/v2/journey/actiontemplates",
      "postJourneyActiontemplates", ActionTemplate.class, ActionTemplate.class),
  /** {@code POST /api/v2/journey/outcomes}: create an outcome. */
  POST_JOURNEY_OUTCOMES(HttpMethod.POST, "/api/v2/journey/outcomes",
      "postJourneyOutcomes", Outcome.class, Outcome.class),
  /** {@code POST /api/v2/journey/segments}: create a segment. */
  POST_JOURNEY_SEGMENTS(HttpMethod.POST, "/api/v2/journey/segments",
      "postJourneySegments", JourneySegment.class, JourneySegment.class);

  private final HttpMethod httpMethod;
  private final String pathTemplate;
  private final String seedMethod;
  private final @Nullable Class<?> requestType;
  private final @Nullable Class<?> responseType;
  private final List<String> pathParameters;
  private final List<String> queryParameters;

  Operation(HttpMethod httpMethod, String pathTemplate, String seedMethod,
      @Nullable Class<?> requestType, @Nullable Class<?> responseType, String... queryParameters) {
    this.httpMethod = httpMethod;
    this.pathTemplate = pathTemplate;
    this.seedMethod = seedMethod;
    this.requestType = requestType;
    this.responseType = responseType;
    this.pathParameters = variablesOf(pathTemplate);
    this.queryParameters = List.of(queryParameters);
  }

  /** The {@code {name}} variables of a template, in order (no static state: enum constants initialise first). */
  private static List<String> variablesOf(String template) {
    List<String> names = new ArrayList<>();
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open);
      names.add(template.substring(open + 1, close));
      open = template.indexOf('{', close);
    }
    return List.copyOf(names);
  }

  /** The HTTP method. */
  public HttpMethod httpMethod() {
    return httpMethod;
  }

  /** The path template, e.g. {@code /api/v2/journey/segments/{segmentId}}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** The seed SDK method name, e.g. {@code getJourneySegments}. */
  public String seedMethod() {
    return seedMethod;
  }

  /** The type of the request body, or {@code null} when the operation takes none. */
  public @Nullable Class<?> requestType() {
    return requestType;
  }

  /** The type of the response body, or {@code null} when the operation returns none (DELETE). */
  public @Nullable Class<?> responseType() {
    return responseType;
  }

  /** Whether the API requires a request body (only the analytics query does; POST/PATCH bodies are optional). */
  public boolean bodyRequired() {
    return this == POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY;
  }

  /** The names of the path parameters, in template order. */
  public List<String> pathParameters() {
    return pathParameters;
  }

  /** The names of the allowed query parameters, in API order. */
  public List<String> queryParameters() {
    return queryParameters;
  }

  /** The operation with the given seed method name, e.g. {@code "patchJourneySegment"}. */
  public static Optional<Operation> forSeedMethod(String seedMethod) {
    for (Operation operation : values()) {
      if (operation.seedMethod.equals(seedMethod)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}
