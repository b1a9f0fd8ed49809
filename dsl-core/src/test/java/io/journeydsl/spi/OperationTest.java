package io.journeydsl.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Operation enum against the seed table of the Journey API reference, row by row. */
class OperationTest {

  /** seed method, HTTP method, path, query parameters in API order: the 24 rows of the reference table. */
  static final List<List<String>> SEED_TABLE = List.of(
      List.of("deleteJourneyActionmap", "DELETE", "/api/v2/journey/actionmaps/{actionMapId}", ""),
      List.of("deleteJourneyActiontemplate", "DELETE", "/api/v2/journey/actiontemplates/{actionTemplateId}", "hardDelete"),
      List.of("deleteJourneyOutcome", "DELETE", "/api/v2/journey/outcomes/{outcomeId}", ""),
      List.of("deleteJourneySegment", "DELETE", "/api/v2/journey/segments/{segmentId}", ""),
      List.of("getJourneyActionmap", "GET", "/api/v2/journey/actionmaps/{actionMapId}", ""),
      List.of("getJourneyActionmaps", "GET", "/api/v2/journey/actionmaps",
          "pageNumber,pageSize,sortBy,filterField,filterValue,actionMapIds,queryFields,queryValue"),
      List.of("getJourneyActiontarget", "GET", "/api/v2/journey/actiontargets/{actionTargetId}", ""),
      List.of("getJourneyActiontargets", "GET", "/api/v2/journey/actiontargets", "pageNumber,pageSize"),
      List.of("getJourneyActiontemplate", "GET", "/api/v2/journey/actiontemplates/{actionTemplateId}", ""),
      List.of("getJourneyActiontemplates", "GET", "/api/v2/journey/actiontemplates",
          "pageNumber,pageSize,sortBy,mediaType,state,queryFields,queryValue"),
      List.of("getJourneyOutcome", "GET", "/api/v2/journey/outcomes/{outcomeId}", ""),
      List.of("getJourneyOutcomes", "GET", "/api/v2/journey/outcomes",
          "pageNumber,pageSize,sortBy,outcomeIds,queryFields,queryValue"),
      List.of("getJourneySegment", "GET", "/api/v2/journey/segments/{segmentId}", ""),
      List.of("getJourneySegments", "GET", "/api/v2/journey/segments",
          "sortBy,pageSize,pageNumber,isActive,segmentIds,queryFields,queryValue"),
      List.of("patchJourneyActionmap", "PATCH", "/api/v2/journey/actionmaps/{actionMapId}", ""),
      List.of("patchJourneyActiontarget", "PATCH", "/api/v2/journey/actiontargets/{actionTargetId}", ""),
      List.of("patchJourneyActiontemplate", "PATCH", "/api/v2/journey/actiontemplates/{actionTemplateId}", ""),
      List.of("patchJourneyOutcome", "PATCH", "/api/v2/journey/outcomes/{outcomeId}", ""),
      List.of("patchJourneySegment", "PATCH", "/api/v2/journey/segments/{segmentId}", ""),
      List.of("postAnalyticsJourneysAggregatesQuery", "POST", "/api/v2/analytics/journeys/aggregates/query", ""),
      List.of("postJourneyActionmaps", "POST", "/api/v2/journey/actionmaps", ""),
      List.of("postJourneyActiontemplates", "POST", "/api/v2/journey/actiontemplates", ""),
      List.of("postJourneyOutcomes", "POST", "/api/v2/journey/outcomes", ""),
      List.of("postJourneySegments", "POST", "/api/v2/journey/segments", ""));

  @Test
  void thereAreExactly24Operations() {
    assertThat(Operation.values()).hasSize(24);
  }

  @Test
  void seedNamesMatchTheReferenceTableInOrder() {
    assertThat(Arrays.stream(Operation.values()).map(Operation::seedMethod))
        .containsExactlyElementsOf(SEED_TABLE.stream().map(row -> row.get(0)).toList());
  }

  @Test
  void eachRowMatchesItsOperation() {
    for (int i = 0; i < SEED_TABLE.size(); i++) {
      List<String> row = SEED_TABLE.get(i);
      Operation operation = Operation.values()[i];
      assertThat(operation.name()).isEqualTo(upperSnake(row.get(0)));
      assertThat(operation.httpMethod().name()).as(operation.name()).isEqualTo(row.get(1));
      assertThat(operation.pathTemplate()).as(operation.name()).isEqualTo(row.get(2));
      List<String> query = row.get(3).isEmpty() ? List.of() : List.of(row.get(3).split(","));
      assertThat(operation.queryParameters()).as(operation.name()).containsExactlyElementsOf(query);
      assertThat(Operation.forSeedMethod(row.get(0))).contains(operation);
    }
    assertThat(Operation.forSeedMethod("getJourneySession")).isEmpty();
  }

  @Test
  void bodiesAndResponsesFollowTheHttpMethod() {
    for (Operation operation : Operation.values()) {
      switch (operation.httpMethod()) {
        case DELETE -> {
          assertThat(operation.requestType()).as(operation.name()).isNull();
          assertThat(operation.responseType()).as(operation.name()).isNull();
        }
        case GET -> {
          assertThat(operation.requestType()).as(operation.name()).isNull();
          assertThat(operation.responseType()).as(operation.name()).isNotNull();
        }
        default -> {
          assertThat(operation.requestType()).as(operation.name()).isNotNull();
          assertThat(operation.responseType()).as(operation.name()).isNotNull();
        }
      }
      assertThat(operation.bodyRequired()).isEqualTo(operation == Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY);
    }
    assertThat(Operation.PATCH_JOURNEY_SEGMENT.requestType().getSimpleName()).isEqualTo("PatchSegment");
    assertThat(Operation.GET_JOURNEY_SEGMENTS.responseType().getSimpleName()).isEqualTo("Listing");
    assertThat(io.journeydsl.json.JourneyJson.mapper().constructType(Operation.GET_JOURNEY_SEGMENTS.responseBodyType()).toCanonical())
        .isEqualTo("io.journeydsl.model.Listing<io.journeydsl.segment.JourneySegment>");
    assertThat(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY.responseType().getSimpleName())
        .isEqualTo("JourneyAggregateQueryResponse");
  }

  @Test
  void pathParametersComeFromTheTemplate() {
    assertThat(Operation.PATCH_JOURNEY_ACTIONTEMPLATE.pathParameters()).containsExactly("actionTemplateId");
    assertThat(Operation.GET_JOURNEY_SEGMENTS.pathParameters()).isEmpty();
  }

  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
