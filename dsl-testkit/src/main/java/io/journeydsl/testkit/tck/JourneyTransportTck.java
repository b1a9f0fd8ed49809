package io.journeydsl.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.JourneyEvent;
import io.journeydsl.testkit.JourneyEventType;
import io.journeydsl.testkit.RecordedCall;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The technology compatibility kit for {@link JourneyTransport}: the behaviour of the Journey API, as
 * the {@link FakeJourneyApi} implements it, seen through a {@link JourneyClient} over the transport
 * under test. Extend it, implement {@link #transport(FakeJourneyApi)}, and JUnit Jupiter runs every
 * test here against your transport: all 24 operations succeed, server fields and versions, 409 and
 * 404, field-level 400s, paging envelopes, soft and hard deletes, analytics.
 *
 * <pre>{@code
 * class RecordingTransportTckTest extends JourneyTransportTck {
 *   @Override
 *   protected JourneyTransport transport(FakeJourneyApi fake) {
 *     return new RecordingTransport(fake); // a decorator over the in-memory fake
 *   }
 * }
 * }</pre>
 *
 * <p>A transport that speaks HTTP extends {@link HttpJourneyTransportTck} instead and is handed a
 * running {@link io.journeydsl.testkit.FakeJourneyServer}.
 *
 * <p>Each test gets a new fake ({@link #createFake()}) and a new transport, which the TCK closes
 * after the test. The tests are public so that a subclass can override one (for example to annotate
 * it {@code @Disabled} with the reason) without copying the others.
 */
public abstract class JourneyTransportTck {
  private @Nullable FakeJourneyApi fake;
  private @Nullable JourneyClient client;
  private @Nullable ClientDriver driver;

  /** For subclasses. */
  protected JourneyTransportTck() {}

  /**
   * The transport under test, connected to {@code fake}: the fake itself, a decorator around it, or a
   * client of a server that serves it. Called once per test; the TCK closes the transport after the
   * test.
   *
   * @param fake the fake this test runs against, new and empty
   * @return the transport to test
   */
  protected abstract JourneyTransport transport(FakeJourneyApi fake);

  /**
   * Makes the fake for one test; by default {@code FakeJourneyApi.builder().seed(7).build()}, every
   * switch off. Override to give it another clock or id seed; the tests expect the default switches
   * and profile.
   *
   * @return a new, empty fake
   */
  protected FakeJourneyApi createFake() {
    return FakeJourneyApi.builder().seed(7).build();
  }

  /**
   * The fake of the running test, for tests a subclass adds.
   *
   * @return the fake
   * @throws NullPointerException outside a test
   */
  protected final FakeJourneyApi fake() {
    return Objects.requireNonNull(fake, "the fake exists only while a test runs");
  }

  /**
   * The client over the transport under test, for tests a subclass adds.
   *
   * @return the client
   * @throws NullPointerException outside a test
   */
  protected final JourneyClient client() {
    return Objects.requireNonNull(client, "the client exists only while a test runs");
  }

  /** Stops what {@link #transport(FakeJourneyApi)} started besides the transport; by default nothing. */
  void release() {}

  @BeforeEach
  final void openTransport() {
    fake = Objects.requireNonNull(createFake(), "createFake()");
    client = JourneyClient.owning(Objects.requireNonNull(transport(fake), "transport(fake)"));
    driver = new ClientDriver(client);
  }

  @AfterEach
  final void closeTransport() {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      client = null;
      driver = null;
      release();
    }
  }

  private ClientDriver driver() {
    return Objects.requireNonNull(driver, "the client exists only while a test runs");
  }

  private JsonNode ok(Operation op, Map<String, String> path, Map<String, List<String>> query, @Nullable String body) {
    ClientDriver.Reply reply = driver().call(op, path, query, body);
    assertThat(reply.status()).as(op + " -> " + reply.body()).isBetween(200, 299);
    return reply.body() == null ? null : json(reply.body());
  }

  private JsonNode fails(int status, Operation op, Map<String, String> path, Map<String, List<String>> query,
      @Nullable String body) {
    ClientDriver.Reply reply = driver().call(op, path, query, body);
    assertThat(reply.status()).as(op + " -> " + reply.body()).isEqualTo(status);
    JsonNode error = json(reply.body());
    assertThat(error.path("status").asInt()).as(op + " error status").isEqualTo(status);
    assertThat(error.path("contextId").asText()).as(op + " error contextId").isNotBlank();
    return error;
  }

  private static JsonNode json(@Nullable String text) {
    try {
      return JourneyJson.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static Map<String, String> id(String name, String value) {
    return Map.of(name, value);
  }

  private static Map<String, List<String>> query(String... pairs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return out;
  }

  /**
   * Every one of the 24 operations succeeds once, as the journal of the fake confirms.
   */
  @Test
  public void everyOneOfThe24OperationsSucceeds() {
    JsonNode segment = ok(Operation.POST_JOURNEY_SEGMENTS, Map.of(), Map.of(), Bodies.segment("Pricing visitors"));
    String segmentId = segment.path("id").asText();
    ok(Operation.GET_JOURNEY_SEGMENT, id("segmentId", segmentId), Map.of(), null);
    ok(Operation.PATCH_JOURNEY_SEGMENT, id("segmentId", segmentId), Map.of(),
        "{\"displayName\":\"Pricing visitors\",\"version\":1,\"description\":\"seen pricing twice\"}");
    ok(Operation.GET_JOURNEY_SEGMENTS, Map.of(), query("isActive", "true"), null);

    String outcomeId = ok(Operation.POST_JOURNEY_OUTCOMES, Map.of(), Map.of(), Bodies.outcome("Bought")).path("id").asText();
    ok(Operation.GET_JOURNEY_OUTCOME, id("outcomeId", outcomeId), Map.of(), null);
    ok(Operation.PATCH_JOURNEY_OUTCOME, id("outcomeId", outcomeId), Map.of(), "{\"displayName\":\"Bought!\",\"version\":1}");
    ok(Operation.GET_JOURNEY_OUTCOMES, Map.of(), query("outcomeIds", outcomeId), null);

    String templateId = ok(Operation.POST_JOURNEY_ACTIONTEMPLATES, Map.of(), Map.of(), Bodies.template("Spring sale"))
        .path("id").asText();
    ok(Operation.GET_JOURNEY_ACTIONTEMPLATE, id("actionTemplateId", templateId), Map.of(), null);
    ok(Operation.PATCH_JOURNEY_ACTIONTEMPLATE, id("actionTemplateId", templateId), Map.of(),
        "{\"name\":\"Spring sale\",\"version\":1,\"description\":\"20% off\"}");
    ok(Operation.GET_JOURNEY_ACTIONTEMPLATES, Map.of(), query("mediaType", "contentOffer", "state", "Active"), null);

    String mapId = ok(Operation.POST_JOURNEY_ACTIONMAPS, Map.of(), Map.of(),
        Bodies.actionMap("Offer the sale", segmentId, templateId)).path("id").asText();
    ok(Operation.GET_JOURNEY_ACTIONMAP, id("actionMapId", mapId), Map.of(), null);
    ok(Operation.PATCH_JOURNEY_ACTIONMAP, id("actionMapId", mapId), Map.of(), Bodies.actionMapPatch("Offer the sale", 1, segmentId));
    ok(Operation.GET_JOURNEY_ACTIONMAPS, Map.of(), query("filterField", "weight", "filterValue", "3"), null);

    ActionTarget target = fake().seedActionTarget(ActionTarget.builder().name("Sales queue").build());
    ok(Operation.GET_JOURNEY_ACTIONTARGET, id("actionTargetId", target.id()), Map.of(), null);
    ok(Operation.PATCH_JOURNEY_ACTIONTARGET, id("actionTargetId", target.id()), Map.of(), "{\"shortAbandonThreshold\":5}");
    ok(Operation.GET_JOURNEY_ACTIONTARGETS, Map.of(), query("pageSize", "10"), null);

    ok(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY, Map.of(), Map.of(),
        Bodies.query("2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z"));

    ok(Operation.DELETE_JOURNEY_ACTIONMAP, id("actionMapId", mapId), Map.of(), null);
    ok(Operation.DELETE_JOURNEY_ACTIONTEMPLATE, id("actionTemplateId", templateId), query("hardDelete", "true"), null);
    ok(Operation.DELETE_JOURNEY_OUTCOME, id("outcomeId", outcomeId), Map.of(), null);
    ok(Operation.DELETE_JOURNEY_SEGMENT, id("segmentId", segmentId), Map.of(), null);

    Set<Operation> succeeded = EnumSet.noneOf(Operation.class);
    for (RecordedCall call : fake().journal().calls()) {
      if (call.operation() != null && call.status() >= 200 && call.status() < 300) {
        succeeded.add(call.operation());
      }
    }
    assertThat(succeeded).containsExactlyInAnyOrder(Operation.values());
  }

  /**
   * A create answers the server fields (UUID id, version 1, {@code selfUri}, a UTC {@code createdDate});
   * a patch bumps the version and keeps absent fields.
   */
  @Test
  public void serverAssignsIdVersionDatesAndSelfUriAndPatchBumpsTheVersion() {
    JsonNode created = ok(Operation.POST_JOURNEY_SEGMENTS, Map.of(), Map.of(), Bodies.segment("A"));
    String segmentId = created.path("id").asText();
    assertThat(segmentId).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(created.path("version").asInt()).isEqualTo(1);
    assertThat(created.path("selfUri").asText()).isEqualTo("/api/v2/journey/segments/" + segmentId);
    assertThat(created.path("createdDate").asText()).endsWith("Z");

    JsonNode patched = ok(Operation.PATCH_JOURNEY_SEGMENT, id("segmentId", segmentId), Map.of(),
        "{\"displayName\":\"B\",\"version\":1}");
    assertThat(patched.path("version").asInt()).isEqualTo(2);
    assertThat(patched.path("displayName").asText()).isEqualTo("B");
    assertThat(patched.path("color").asText()).as("absent fields stay").isEqualTo("#1E88E5");
    assertThat(ok(Operation.GET_JOURNEY_SEGMENT, id("segmentId", segmentId), Map.of(), null)).isEqualTo(patched);
  }

  /**
   * A patch with a stale version is a 409 {@code general.conflict}; an unknown id is a 404 {@code
   * not.found}, each with the Genesys error body.
   */
  @Test
  public void aStaleVersionIs409AndAnUnknownIdIs404() {
    String segmentId = ok(Operation.POST_JOURNEY_SEGMENTS, Map.of(), Map.of(), Bodies.segment("A")).path("id").asText();
    ok(Operation.PATCH_JOURNEY_SEGMENT, id("segmentId", segmentId), Map.of(), "{\"displayName\":\"B\",\"version\":1}");

    JsonNode conflict = fails(409, Operation.PATCH_JOURNEY_SEGMENT, id("segmentId", segmentId), Map.of(),
        "{\"displayName\":\"C\",\"version\":1}");
    assertThat(conflict.path("message").asText()).contains("does not match the current version");
    assertThat(conflict.path("code").asText()).isEqualTo("general.conflict");

    JsonNode missing = fails(404, Operation.GET_JOURNEY_OUTCOME, id("outcomeId", "no-such-id"), Map.of(), null);
    assertThat(missing.path("code").asText()).isEqualTo("not.found");
    fails(404, Operation.DELETE_JOURNEY_ACTIONMAP, id("actionMapId", "no-such-id"), Map.of(), null);
  }

  /**
   * A 400 names the offending field in its details: a missing required field, a bad enum value, a nested
   * field, unpaired query parameters, a missing analytics interval.
   */
  @Test
  public void badRequestsNameTheOffendingField() {
    JsonNode missing = fails(400, Operation.POST_JOURNEY_SEGMENTS, Map.of(), Map.of(), "{\"isActive\":true}");
    assertThat(missing.path("details").get(0).path("fieldName").asText()).isEqualTo("displayName");

    JsonNode badEnum = fails(400, Operation.POST_JOURNEY_ACTIONTEMPLATES, Map.of(), Map.of(),
        Bodies.template("T").replace("contentOffer\",\"state", "bogusMedia\",\"state"));
    assertThat(badEnum.path("details").get(0).path("fieldName").asText()).isEqualTo("mediaType");

    JsonNode nested = fails(400, Operation.POST_JOURNEY_ACTIONTEMPLATES, Map.of(), Map.of(),
        Bodies.template("T").replace("\"url\":\"https://shop.example.com\",", ""));
    assertThat(nested.path("details").get(0).path("fieldName").asText()).isEqualTo("contentOffer.callToAction.url");

    JsonNode paging = fails(400, Operation.GET_JOURNEY_SEGMENTS, Map.of(), query("segmentIds", "a", "pageSize", "5"), null);
    assertThat(paging.path("details").get(0).path("fieldName").asText()).isEqualTo("segmentIds");

    JsonNode unpaired = fails(400, Operation.GET_JOURNEY_OUTCOMES, Map.of(), query("queryFields", "displayName"), null);
    assertThat(unpaired.path("details").get(0).path("fieldName").asText()).isEqualTo("queryValue");

    JsonNode noInterval = fails(400, Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY, Map.of(), Map.of(),
        "{\"metrics\":[\"nJourneySessions\"]}");
    assertThat(noInterval.path("details").get(0).path("fieldName").asText()).isEqualTo("interval");
  }

  /**
   * Listings sort, page and filter, and keep the full envelope ({@code total}, {@code pageCount}, first,
   * previous, next and last URIs).
   */
  @Test
  public void listingsPageSortAndQueryWithTheFullEnvelope() {
    for (int i = 1; i <= 30; i++) {
      ok(Operation.POST_JOURNEY_SEGMENTS, Map.of(), Map.of(), Bodies.segment(String.format("Segment %02d", i)));
    }
    JsonNode first = ok(Operation.GET_JOURNEY_SEGMENTS, Map.of(), query("sortBy", "-displayName"), null);
    assertThat(first.path("entities")).hasSize(25);
    assertThat(first.path("entities").get(0).path("displayName").asText()).isEqualTo("Segment 30");
    assertThat(first.path("pageSize").asInt()).isEqualTo(25);
    assertThat(first.path("pageNumber").asInt()).isEqualTo(1);
    assertThat(first.path("total").asLong()).isEqualTo(30);
    assertThat(first.path("pageCount").asInt()).isEqualTo(2);
    assertThat(first.path("nextUri").asText()).contains("pageNumber=2");
    assertThat(first.has("previousUri")).isFalse();
    assertThat(first.path("firstUri").asText()).startsWith("/api/v2/journey/segments?");
    assertThat(first.path("lastUri").asText()).contains("pageNumber=2");

    JsonNode second = ok(Operation.GET_JOURNEY_SEGMENTS, Map.of(), query("sortBy", "-displayName", "pageNumber", "2"), null);
    assertThat(second.path("entities")).hasSize(5);
    assertThat(second.path("previousUri").asText()).contains("pageNumber=1");
    assertThat(second.has("nextUri")).isFalse();

    JsonNode found = ok(Operation.GET_JOURNEY_SEGMENTS, Map.of(),
        query("queryFields", "displayName", "queryValue", "segment 1"), null);
    assertThat(found.path("total").asLong()).isEqualTo(10);
  }

  /**
   * A soft-deleted action template stays readable and listable under {@code state=Deleted}; a hard
   * delete removes it.
   */
  @Test
  public void softDeletedTemplatesStayListableUnderStateDeletedAndHardDeleteRemoves() {
    String soft = ok(Operation.POST_JOURNEY_ACTIONTEMPLATES, Map.of(), Map.of(), Bodies.template("Soft")).path("id").asText();
    String hard = ok(Operation.POST_JOURNEY_ACTIONTEMPLATES, Map.of(), Map.of(), Bodies.template("Hard")).path("id").asText();
    ok(Operation.DELETE_JOURNEY_ACTIONTEMPLATE, id("actionTemplateId", soft), Map.of(), null);
    ok(Operation.DELETE_JOURNEY_ACTIONTEMPLATE, id("actionTemplateId", hard), query("hardDelete", "true"), null);

    assertThat(ok(Operation.GET_JOURNEY_ACTIONTEMPLATE, id("actionTemplateId", soft), Map.of(), null)
        .path("state").asText()).isEqualTo("Deleted");
    fails(404, Operation.GET_JOURNEY_ACTIONTEMPLATE, id("actionTemplateId", hard), Map.of(), null);
    JsonNode deleted = ok(Operation.GET_JOURNEY_ACTIONTEMPLATES, Map.of(), query("state", "Deleted"), null);
    assertThat(deleted.path("entities")).hasSize(1);
    assertThat(ok(Operation.GET_JOURNEY_ACTIONTEMPLATES, Map.of(), Map.of(), null).path("total").asLong()).isZero();
  }

  /**
   * The aggregates query counts the fake's seeded analytics events per group inside the interval.
   */
  @Test
  public void analyticsCountsSeededEventsPerGroup() {
    Instant t = Instant.parse("2024-03-01T10:00:00Z");
    fake().analytics().record(
        JourneyEvent.of(JourneyEventType.ACTION_OFFERED, t, "s1").with(JourneyDimension.JOURNEY_ACTION_MAP_ID, "m1"),
        JourneyEvent.of(JourneyEventType.ACTION_OFFERED, t.plusSeconds(60), "s2").with(JourneyDimension.JOURNEY_ACTION_MAP_ID, "m1"),
        JourneyEvent.of(JourneyEventType.ACTION_OFFERED, t, "s3").with(JourneyDimension.JOURNEY_ACTION_MAP_ID, "m2"),
        JourneyEvent.of(JourneyEventType.ACTION_OFFERED, t.minusSeconds(86_400), "s4").with(JourneyDimension.JOURNEY_ACTION_MAP_ID, "m1"));
    JsonNode response = ok(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY, Map.of(), Map.of(),
        Bodies.query("2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z"));
    JsonNode results = response.path("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).path("group").path("journeyActionMapId").asText()).isEqualTo("m1");
    JsonNode metric = results.get(0).path("data").get(0).path("metrics").get(0);
    assertThat(metric.path("metric").asText()).isEqualTo("nWebActionsOffered");
    assertThat(metric.path("stats").path("count").asLong()).isEqualTo(2);
  }
}
