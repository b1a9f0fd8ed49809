package io.journeydsl.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.model.MediaType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The operation table: every JourneyClient call produces exactly one operation, with the right HTTP
 * method, encoded path and query string, and together the calls reach all 24 operations.
 */
class OperationTableTest {

  /** An id with characters that must be encoded in a path segment. */
  static final String ODD_ID = "a b/c?d%é#";
  static final String ODD_ID_ENCODED = "a%20b%2Fc%3Fd%25%C3%A9%23";

  record Case(String call, Operation operation, HttpMethod method, String pathAndQuery,
      Consumer<JourneyClient> action) {
    @Override
    public String toString() {
      return call;
    }
  }

  static final JourneySegment SEGMENT = JourneySegment.builder().displayName("Pricing").build();
  static final Outcome OUTCOME = Outcome.builder().displayName("Bought").build();
  static final ActionMap ACTION_MAP = ActionMap.builder().displayName("Offer").build();
  static final ActionTemplate TEMPLATE = ActionTemplate.builder().name("Sale").build();

  static List<Case> cases() {
    return List.of(
        new Case("actionMaps().delete(id)", Operation.DELETE_JOURNEY_ACTIONMAP, HttpMethod.DELETE,
            "/api/v2/journey/actionmaps/" + ODD_ID_ENCODED, c -> c.actionMaps().delete(ODD_ID)),
        new Case("actionTemplates().delete(id, true)", Operation.DELETE_JOURNEY_ACTIONTEMPLATE, HttpMethod.DELETE,
            "/api/v2/journey/actiontemplates/t1?hardDelete=true", c -> c.actionTemplates().delete("t1", true)),
        new Case("actionTemplates().delete(id, false)", Operation.DELETE_JOURNEY_ACTIONTEMPLATE, HttpMethod.DELETE,
            "/api/v2/journey/actiontemplates/t1?hardDelete=false", c -> c.actionTemplates().delete("t1", false)),
        new Case("actionTemplates().delete(id)", Operation.DELETE_JOURNEY_ACTIONTEMPLATE, HttpMethod.DELETE,
            "/api/v2/journey/actiontemplates/" + ODD_ID_ENCODED, c -> c.actionTemplates().delete(ODD_ID)),
        new Case("outcomes().delete(id)", Operation.DELETE_JOURNEY_OUTCOME, HttpMethod.DELETE,
            "/api/v2/journey/outcomes/o1", c -> c.outcomes().delete("o1")),
        new Case("segments().delete(id)", Operation.DELETE_JOURNEY_SEGMENT, HttpMethod.DELETE,
            "/api/v2/journey/segments/" + ODD_ID_ENCODED, c -> c.segments().delete(ODD_ID)),
        new Case("actionMaps().get(id)", Operation.GET_JOURNEY_ACTIONMAP, HttpMethod.GET,
            "/api/v2/journey/actionmaps/am1", c -> c.actionMaps().get("am1")),
        new Case("actionMaps().find(id)", Operation.GET_JOURNEY_ACTIONMAP, HttpMethod.GET,
            "/api/v2/journey/actionmaps/" + ODD_ID_ENCODED, c -> c.actionMaps().find(ODD_ID)),
        new Case("actionMaps().list(all parameters)", Operation.GET_JOURNEY_ACTIONMAPS, HttpMethod.GET,
            "/api/v2/journey/actionmaps?pageNumber=2&pageSize=50&sortBy=displayName%2C-createdDate"
                + "&filterField=action.actionTemplate.id&filterValue=t%201&actionMapIds=a&actionMapIds=b"
                + "&queryFields=displayName&queryFields=description&queryValue=sale%20%26%20more%3D%2B",
            c -> c.actionMaps().list(q -> q.queryValue("sale & more=+").addQueryFields("displayName", "description")
                .addActionMapIds("a", "b").filter("action.actionTemplate.id", "t 1")
                .sortBy("displayName", "-createdDate").pageSize(50).pageNumber(2))),
        new Case("actionMaps().list()", Operation.GET_JOURNEY_ACTIONMAPS, HttpMethod.GET,
            "/api/v2/journey/actionmaps", c -> c.actionMaps().list()),
        new Case("actionTargets().get(id)", Operation.GET_JOURNEY_ACTIONTARGET, HttpMethod.GET,
            "/api/v2/journey/actiontargets/" + ODD_ID_ENCODED, c -> c.actionTargets().get(ODD_ID)),
        new Case("actionTargets().list(all parameters)", Operation.GET_JOURNEY_ACTIONTARGETS, HttpMethod.GET,
            "/api/v2/journey/actiontargets?pageNumber=3&pageSize=10",
            c -> c.actionTargets().list(q -> q.pageSize(10).pageNumber(3))),
        new Case("actionTemplates().get(id)", Operation.GET_JOURNEY_ACTIONTEMPLATE, HttpMethod.GET,
            "/api/v2/journey/actiontemplates/t1", c -> c.actionTemplates().get("t1")),
        new Case("actionTemplates().list(all parameters)", Operation.GET_JOURNEY_ACTIONTEMPLATES, HttpMethod.GET,
            "/api/v2/journey/actiontemplates?pageNumber=1&pageSize=25&sortBy=-name&mediaType=contentOffer"
                + "&state=Deleted&queryFields=name&queryFields=description&queryValue=Spring%2Bsale%20%C3%A9t%C3%A9",
            c -> c.actionTemplates().list(ActionTemplateQuery.builder().state(ActionTemplateState.DELETED)
                .mediaType(MediaType.CONTENT_OFFER).queryValue("Spring+sale été").addQueryField("name")
                .addQueryField("description").sortBy("-name").pageNumber(1).pageSize(25).build())),
        new Case("actionTemplates().list(unknown enum values)", Operation.GET_JOURNEY_ACTIONTEMPLATES, HttpMethod.GET,
            "/api/v2/journey/actiontemplates?mediaType=hologram&state=Archived",
            c -> c.actionTemplates().list(q -> q.mediaType(MediaType.of("hologram"))
                .state(ActionTemplateState.of("Archived")))),
        new Case("outcomes().get(id)", Operation.GET_JOURNEY_OUTCOME, HttpMethod.GET,
            "/api/v2/journey/outcomes/o1", c -> c.outcomes().get("o1")),
        new Case("outcomes().list(all parameters)", Operation.GET_JOURNEY_OUTCOMES, HttpMethod.GET,
            "/api/v2/journey/outcomes?pageNumber=4&pageSize=5&sortBy=displayName&outcomeIds=o%2F1&outcomeIds=o2"
                + "&queryFields=displayName&queryValue=buy",
            c -> c.outcomes().list(q -> q.addOutcomeIds("o/1", "o2").queryValue("buy").addQueryField("displayName")
                .sortBy("displayName").pageSize(5).pageNumber(4))),
        new Case("segments().get(id)", Operation.GET_JOURNEY_SEGMENT, HttpMethod.GET,
            "/api/v2/journey/segments/" + ODD_ID_ENCODED, c -> c.segments().get(ODD_ID)),
        new Case("segments().list(all parameters)", Operation.GET_JOURNEY_SEGMENTS, HttpMethod.GET,
            "/api/v2/journey/segments?sortBy=-displayName%2CcreatedDate&pageSize=100&pageNumber=1&isActive=true"
                + "&segmentIds=a&segmentIds=b&queryFields=displayName&queryValue=pricing%20page",
            c -> c.segments().list(q -> q.queryValue("pricing page").addQueryField("displayName")
                .addSegmentIds("a", "b").isActive(true).pageNumber(1).pageSize(100)
                .sortBy("-displayName", "createdDate"))),
        new Case("segments().list(isActive=false)", Operation.GET_JOURNEY_SEGMENTS, HttpMethod.GET,
            "/api/v2/journey/segments?isActive=false", c -> c.segments().list(q -> q.isActive(false))),
        new Case("actionMaps().patch(id, body)", Operation.PATCH_JOURNEY_ACTIONMAP, HttpMethod.PATCH,
            "/api/v2/journey/actionmaps/am1", c -> c.actionMaps().patch("am1", p -> p.displayName("Offer").version(2))),
        new Case("actionTargets().patch(id, body)", Operation.PATCH_JOURNEY_ACTIONTARGET, HttpMethod.PATCH,
            "/api/v2/journey/actiontargets/" + ODD_ID_ENCODED,
            c -> c.actionTargets().patch(ODD_ID, PatchActionTarget.builder().shortAbandonThreshold(5).build())),
        new Case("actionTemplates().patch(id, body)", Operation.PATCH_JOURNEY_ACTIONTEMPLATE, HttpMethod.PATCH,
            "/api/v2/journey/actiontemplates/t1",
            c -> c.actionTemplates().patch("t1", PatchActionTemplate.builder().name("Sale").build())),
        new Case("outcomes().patch(id, body)", Operation.PATCH_JOURNEY_OUTCOME, HttpMethod.PATCH,
            "/api/v2/journey/outcomes/o1", c -> c.outcomes().patch("o1", PatchOutcome.builder().displayName("B").build())),
        new Case("segments().patch(id, body)", Operation.PATCH_JOURNEY_SEGMENT, HttpMethod.PATCH,
            "/api/v2/journey/segments/s1", c -> c.segments().patch("s1", p -> p.displayName("P").clearDescription())),
        new Case("analytics().query(body)", Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY, HttpMethod.POST,
            "/api/v2/analytics/journeys/aggregates/query",
            c -> c.analytics().query(q -> q.interval("2024-01-01T00:00:00.000Z/2024-01-02T00:00:00.000Z"))),
        new Case("actionMaps().create(body)", Operation.POST_JOURNEY_ACTIONMAPS, HttpMethod.POST,
            "/api/v2/journey/actionmaps", c -> c.actionMaps().create(ACTION_MAP)),
        new Case("actionTemplates().create(body)", Operation.POST_JOURNEY_ACTIONTEMPLATES, HttpMethod.POST,
            "/api/v2/journey/actiontemplates", c -> c.actionTemplates().create(TEMPLATE)),
        new Case("outcomes().create(body)", Operation.POST_JOURNEY_OUTCOMES, HttpMethod.POST,
            "/api/v2/journey/outcomes", c -> c.outcomes().create(OUTCOME)),
        new Case("segments().create(spec)", Operation.POST_JOURNEY_SEGMENTS, HttpMethod.POST,
            "/api/v2/journey/segments", c -> c.segments().create(s -> s.displayName("Pricing"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCallIsExactlyOneOperation(Case c) {
    RecordingTransport transport = new RecordingTransport();
    c.action().accept(JourneyClient.create(transport));

    assertThat(transport.calls).hasSize(1);
    JourneyOperation<?> op = transport.last();
    assertThat(op.operation()).isEqualTo(c.operation());
    assertThat(op.operation().httpMethod()).isEqualTo(c.method());
    assertThat(op.pathAndQuery()).isEqualTo(c.pathAndQuery());
    assertThat(op.operation().queryParameters()).containsAll(op.queryParameters().keySet());
    assertThat(op.responseType()).isEqualTo(
        op.operation().responseType() == null ? Void.class : op.operation().responseType());
    if (op.operation().requestType() == null) {
      assertThat(op.body()).isNull();
    } else {
      assertThat(op.body()).isInstanceOf(op.operation().requestType());
    }
  }

  @Test
  void theCallsReachAll24Operations() {
    Set<Operation> reached = cases().stream().map(Case::operation).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(Operation.class)));
    assertThat(reached).isEqualTo(EnumSet.allOf(Operation.class));
    assertThat(reached).hasSize(24);
  }

  @Test
  void streamAndListWithoutArgumentsSendNoQuery() {
    RecordingTransport transport = new RecordingTransport();
    JourneyClient client = JourneyClient.create(transport);
    Stream.<Runnable>of(
            () -> client.segments().stream().toList(),
            () -> client.outcomes().stream().toList(),
            () -> client.actionMaps().stream().toList(),
            () -> client.actionTemplates().stream().toList(),
            () -> client.actionTargets().stream().toList(),
            () -> client.segments().list(),
            () -> client.outcomes().list(),
            () -> client.actionTemplates().list(),
            () -> client.actionTargets().list())
        .forEach(Runnable::run);
    assertThat(transport.calls).extracting(JourneyOperation::queryString).containsOnly("");
    assertThat(transport.calls).extracting(JourneyOperation::operation).containsExactly(
        Operation.GET_JOURNEY_SEGMENTS, Operation.GET_JOURNEY_OUTCOMES, Operation.GET_JOURNEY_ACTIONMAPS,
        Operation.GET_JOURNEY_ACTIONTEMPLATES, Operation.GET_JOURNEY_ACTIONTARGETS, Operation.GET_JOURNEY_SEGMENTS,
        Operation.GET_JOURNEY_OUTCOMES, Operation.GET_JOURNEY_ACTIONTEMPLATES, Operation.GET_JOURNEY_ACTIONTARGETS);
  }

  @Test
  void bodiesArePassedThroughUnchanged() {
    RecordingTransport transport = new RecordingTransport();
    JourneyClient client = JourneyClient.create(transport);
    PatchSegment patch = PatchSegment.builder().displayName("P").version(7).build();

    client.segments().create(SEGMENT);
    client.segments().patch("s1", patch);
    client.outcomes().create(OUTCOME);
    client.actionMaps().create(ACTION_MAP);
    client.actionTemplates().create(TEMPLATE);
    JourneyAggregationQuery query = JourneyAggregationQuery.builder().interval("2024-01-01/2024-01-02").build();
    client.analytics().query(query);

    assertThat(transport.calls).extracting(JourneyOperation::body)
        .containsExactly(SEGMENT, patch, OUTCOME, ACTION_MAP, TEMPLATE, query);
  }

  @Test
  void postAndPatchBodiesMayBeAbsentAsTheApiDeclaresThemOptional() {
    RecordingTransport transport = new RecordingTransport();
    JourneyClient client = JourneyClient.create(transport);

    client.segments().create((JourneySegment) null);
    client.actionMaps().patch("am1", (PatchActionMap) null);

    assertThat(transport.calls).extracting(JourneyOperation::body).containsExactly(null, null);
  }
}
