package io.journeydsl.spi;

import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.model.Listing;
import jakarta.annotation.Nullable;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 24 seed operations of the Genesys Journey API, named after the seed SDK methods
 * ({@code getJourneySegments} is {@link #GET_JOURNEY_SEGMENTS}). Each constant is a collection of the
 * catalogue ({@link ApiCollection}) and an HTTP method on the collection or on one object; its path,
 * body types and query parameters follow from the catalogue's facts. Every
 * {@link io.journeydsl.client.JourneyClient} call maps to exactly one of them.
 */
public enum Operation {
  /** {@code DELETE /api/v2/journey/actionmaps/{actionMapId}}: delete a single action map. */
  DELETE_JOURNEY_ACTIONMAP(ApiCollection.ACTION_MAPS, HttpMethod.DELETE, true),
  /** {@code DELETE /api/v2/journey/actiontemplates/{actionTemplateId}}: delete an action template (soft unless {@code hardDelete=true}). */
  DELETE_JOURNEY_ACTIONTEMPLATE(ApiCollection.ACTION_TEMPLATES, HttpMethod.DELETE, true),
  /** {@code DELETE /api/v2/journey/outcomes/{outcomeId}}: delete an outcome. */
  DELETE_JOURNEY_OUTCOME(ApiCollection.OUTCOMES, HttpMethod.DELETE, true),
  /** {@code DELETE /api/v2/journey/segments/{segmentId}}: delete a segment. */
  DELETE_JOURNEY_SEGMENT(ApiCollection.SEGMENTS, HttpMethod.DELETE, true),
  /** {@code GET /api/v2/journey/actionmaps/{actionMapId}}: retrieve a single action map. */
  GET_JOURNEY_ACTIONMAP(ApiCollection.ACTION_MAPS, HttpMethod.GET, true),
  /** {@code GET /api/v2/journey/actionmaps}: retrieve a page of action maps. */
  GET_JOURNEY_ACTIONMAPS(ApiCollection.ACTION_MAPS, HttpMethod.GET, false),
  /** {@code GET /api/v2/journey/actiontargets/{actionTargetId}}: retrieve a single action target. */
  GET_JOURNEY_ACTIONTARGET(ApiCollection.ACTION_TARGETS, HttpMethod.GET, true),
  /** {@code GET /api/v2/journey/actiontargets}: retrieve a page of action targets. */
  GET_JOURNEY_ACTIONTARGETS(ApiCollection.ACTION_TARGETS, HttpMethod.GET, false),
  /** {@code GET /api/v2/journey/actiontemplates/{actionTemplateId}}: retrieve a single action template. */
  GET_JOURNEY_ACTIONTEMPLATE(ApiCollection.ACTION_TEMPLATES, HttpMethod.GET, true),
  /** {@code GET /api/v2/journey/actiontemplates}: retrieve a page of action templates. */
  GET_JOURNEY_ACTIONTEMPLATES(ApiCollection.ACTION_TEMPLATES, HttpMethod.GET, false),
  /** {@code GET /api/v2/journey/outcomes/{outcomeId}}: retrieve a single outcome. */
  GET_JOURNEY_OUTCOME(ApiCollection.OUTCOMES, HttpMethod.GET, true),
  /** {@code GET /api/v2/journey/outcomes}: retrieve a page of outcomes. */
  GET_JOURNEY_OUTCOMES(ApiCollection.OUTCOMES, HttpMethod.GET, false),
  /** {@code GET /api/v2/journey/segments/{segmentId}}: retrieve a single segment. */
  GET_JOURNEY_SEGMENT(ApiCollection.SEGMENTS, HttpMethod.GET, true),
  /** {@code GET /api/v2/journey/segments}: retrieve a page of segments (note the API's parameter order). */
  GET_JOURNEY_SEGMENTS(ApiCollection.SEGMENTS, HttpMethod.GET, false),
  /** {@code PATCH /api/v2/journey/actionmaps/{actionMapId}}: update a single action map. */
  PATCH_JOURNEY_ACTIONMAP(ApiCollection.ACTION_MAPS, HttpMethod.PATCH, true),
  /** {@code PATCH /api/v2/journey/actiontargets/{actionTargetId}}: update a single action target. */
  PATCH_JOURNEY_ACTIONTARGET(ApiCollection.ACTION_TARGETS, HttpMethod.PATCH, true),
  /** {@code PATCH /api/v2/journey/actiontemplates/{actionTemplateId}}: update a single action template. */
  PATCH_JOURNEY_ACTIONTEMPLATE(ApiCollection.ACTION_TEMPLATES, HttpMethod.PATCH, true),
  /** {@code PATCH /api/v2/journey/outcomes/{outcomeId}}: update an outcome. */
  PATCH_JOURNEY_OUTCOME(ApiCollection.OUTCOMES, HttpMethod.PATCH, true),
  /** {@code PATCH /api/v2/journey/segments/{segmentId}}: update a segment. */
  PATCH_JOURNEY_SEGMENT(ApiCollection.SEGMENTS, HttpMethod.PATCH, true),
  /** {@code POST /api/v2/analytics/journeys/aggregates/query}: query for journey aggregates (body required). */
  POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY(HttpMethod.POST, "/api/v2/analytics/journeys/aggregates/query", JourneyAggregationQuery.class,
      JourneyAggregateQueryResponse.class),
  /** {@code POST /api/v2/journey/actionmaps}: create an action map. */
  POST_JOURNEY_ACTIONMAPS(ApiCollection.ACTION_MAPS, HttpMethod.POST, false),
  /** {@code POST /api/v2/journey/actiontemplates}: create a single action template. */
  POST_JOURNEY_ACTIONTEMPLATES(ApiCollection.ACTION_TEMPLATES, HttpMethod.POST, false),
  /** {@code POST /api/v2/journey/outcomes}: create an outcome. */
  POST_JOURNEY_OUTCOMES(ApiCollection.OUTCOMES, HttpMethod.POST, false),
  /** {@code POST /api/v2/journey/segments}: create a segment. */
  POST_JOURNEY_SEGMENTS(ApiCollection.SEGMENTS, HttpMethod.POST, false);

  private final @Nullable ApiCollection collection;
  private final HttpMethod httpMethod;
  private final String pathTemplate;
  private final @Nullable Class<?> requestType;
  private final @Nullable Class<?> responseType;
  private final @Nullable Type responseBodyType;
  private final List<String> pathParameters;
  private final List<String> queryParameters;

  /** An operation of a collection: everything about it follows from the catalogue. */
  Operation(ApiCollection collection, HttpMethod httpMethod, boolean onOneObject) {
    this.collection = collection;
    this.httpMethod = httpMethod;
    this.pathTemplate = onOneObject ? collection.itemPath() : collection.path();
    this.requestType = switch (httpMethod) {
      case POST -> collection.entityType();
      case PATCH -> collection.patchType();
      default -> null;
    };
    boolean list = httpMethod == HttpMethod.GET && !onOneObject;
    this.responseType = httpMethod == HttpMethod.DELETE ? null : list ? Listing.class : collection.entityType();
    this.responseBodyType = list ? collection.listingType() : responseType;
    this.pathParameters = variablesOf(pathTemplate);
    this.queryParameters = list ? collection.listParameters()
        : httpMethod == HttpMethod.DELETE ? collection.deleteParameters() : List.of();
  }

  /** An operation outside the five collections (the analytics query). */
  Operation(HttpMethod httpMethod, String pathTemplate, Class<?> requestType, Class<?> responseType) {
    this.collection = null;
    this.httpMethod = httpMethod;
    this.pathTemplate = pathTemplate;
    this.requestType = requestType;
    this.responseType = responseType;
    this.responseBodyType = responseType;
    this.pathParameters = variablesOf(pathTemplate);
    this.queryParameters = List.of();
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

  /** The collection the operation acts on, or {@code null} for the analytics query. */
  public @Nullable ApiCollection collection() {
    return collection;
  }

  /** The HTTP method. */
  public HttpMethod httpMethod() {
    return httpMethod;
  }

  /** The path template, e.g. {@code /api/v2/journey/segments/{segmentId}}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** The seed SDK method name, e.g. {@code getJourneySegments}: the constant's name in lower camel case. */
  public String seedMethod() {
    StringBuilder out = new StringBuilder();
    for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
      out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }

  /** The type of the request body, or {@code null} when the operation takes none. */
  public @Nullable Class<?> requestType() {
    return requestType;
  }

  /**
   * The class of the response body, or {@code null} when the operation returns none (DELETE); a list
   * operation answers a {@link Listing}.
   */
  public @Nullable Class<?> responseType() {
    return responseType;
  }

  /**
   * The full type to decode the response body as, with type arguments ({@code Listing<JourneySegment>}
   * for {@link #GET_JOURNEY_SEGMENTS}), or {@code null} when the operation returns none.
   */
  public @Nullable Type responseBodyType() {
    return responseBodyType;
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
      if (operation.seedMethod().equals(seedMethod)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}
