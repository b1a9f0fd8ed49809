package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.Detail;
import io.journeydsl.error.ErrorBody;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.error.TransportFailureException;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeAnalytics;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.Faults;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.FrontDoor;
import io.journeydsl.testkit.Journal;
import io.journeydsl.testkit.ServerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jakarta.annotation.Nullable;

/**
 * The one implementation of {@link FakeJourneyApi}: wires the store's {@link Semantics}, faults,
 * rate limit, journal and analytics behind a {@link Dispatcher} and answers in-memory calls. It is
 * served over HTTP only through the {@link ServerFactory} it is handed, whose signature names no
 * Jetty type, so loading the fake never loads Jetty and the core never imports the HTTP layer.
 */
public final class InMemoryFake implements FakeJourneyApi {
  private static final ObjectMapper JSON = JourneyJson.mapper();
  private final ServerFactory servers;

  private final FakeSettings settings;
  private final DefaultJournal journal;
  private final FaultRegistry faults = new FaultRegistry();
  private final DefaultFakeAnalytics analytics = new DefaultFakeAnalytics();
  private final RateLimiter limiter;
  private final Semantics semantics;
  private final Dispatcher dispatcher;
  private final @Nullable StateLog stateLog;

  /**
   * Creates the fake; loads the state file when configured and present.
   *
   * @param settings the configuration
   * @param servers serves the fake over HTTP when asked (the HTTP layer, handed in by the composition root)
   * @throws IllegalStateException if the state file cannot be written or its log is damaged
   * @throws io.journeydsl.json.JourneyJsonException if the state file is not a snapshot
   */
  public InMemoryFake(FakeSettings settings, ServerFactory servers) {
    this.servers = Objects.requireNonNull(servers, "servers");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = new DefaultJournal(settings.journalMaxCalls(), settings.journalMaxBytes());
    this.limiter = new RateLimiter(settings.rateLimitPerMinute(), settings.clock());
    this.stateLog = settings.stateFile() == null ? null : new StateLog(settings.stateFile());
    this.semantics = new Semantics(settings, analytics, stateLog == null ? Persistence.NONE : stateLog);
    this.dispatcher = new Dispatcher(semantics, faults, limiter, journal);
    if (stateLog != null) {
      StateLog.Stored stored = stateLog.load();
      semantics.load(stored.snapshot().map(Snapshots::read).orElse(Map.of()), stored.log());
    }
  }

  @Override
  public <R> R execute(JourneyOperation<R> operation) {
    Objects.requireNonNull(operation, "operation");
    String body = operation.body() == null ? null : JourneyJson.write(operation.body());
    RecordedCallDraft draft = new RecordedCallDraft(settings.clock().instant(), FrontDoor.IN_MEMORY,
        operation.operation(), operation.operation().httpMethod().name(), operation.path(),
        operation.queryString(), Map.of(), body);
    Answer answer = dispatcher.dispatch(operation, draft);
    if (answer.transportEffect() != null) {
      if (answer.transportEffect() == Fault.Effect.STALL) {
        sleep(answer.stall());
      }
      throw new TransportFailureException(operation.operation(), true,
          answer.transportEffect() == Fault.Effect.STALL ? "the fake stalled the call (injected fault)"
              : "the fake dropped the connection (injected fault)", null);
    }
    if (answer.isError()) {
      String retryAfter = answer.headers().get("Retry-After");
      throw JourneyApiException.forStatus(operation.operation(), answer.status(), answer.error(),
          answer.correlationId(), retryAfter == null ? null : Duration.ofSeconds(Long.parseLong(retryAfter)));
    }
    return answer.body() == null ? null
        : operation.responseType().cast(convert(answer.body().tree(), JSON.constructType(operation.responseBodyType())));
  }

  private static <R> R convert(JsonNode body, Class<R> type) {
    return convert(body, JSON.constructType(type));
  }

  private static <R> R convert(JsonNode body, com.fasterxml.jackson.databind.JavaType type) {
    try {
      return JSON.treeToValue(body, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the fake produced JSON its own model cannot read: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public JourneyClient client() {
    return JourneyClient.create(this);
  }

  /** Hands the HTTP layer this fake's dispatcher and clock; the HTTP layer never sees the fake itself. */
  @Override
  public FakeJourneyServer serve(ServerOptions options) {
    return servers.serve(this, dispatcher, settings.clock(), Objects.requireNonNull(options, "options"));
  }

  @Override
  public Journal journal() {
    return journal;
  }

  @Override
  public Faults faults() {
    return faults;
  }

  @Override
  public FakeAnalytics analytics() {
    return analytics;
  }

  @Override
  public void reset() {
    faults.clear();
    stored(semantics::clear);
    journal.clear();
    analytics.clear();
    limiter.reset();
  }

  /**
   * Seeds in one {@linkplain Semantics#atomically atomic write}: every object is checked and created
   * under the write lock; the first rejection rolls the store back, so neither the store nor the
   * state file ever holds part of the bundle. Seeding records no calls in the journal.
   */
  @Override
  public JourneyConfig seed(JourneyConfig config) {
    Objects.requireNonNull(config, "config");
    try {
      return semantics.atomically(batch -> seedAll(config, batch));
    } catch (ApiError notStored) {
      throw JourneyApiException.forStatus(null, notStored.status(), notStored.body(), null, null);
    }
  }

  private static JourneyConfig seedAll(JourneyConfig config, Semantics.Batch batch) {
    Map<Ref.Kind, Map<String, String>> ids = new EnumMap<>(Ref.Kind.class);
    JourneyConfig.Builder out = JourneyConfig.builder();
    List<ActionTemplate> templates = config.actionTemplates();
    for (int i = 0; i < templates.size(); i++) {
      ActionTemplate stored = seedOne(batch, ApiCollection.ACTION_TEMPLATES, templates.get(i), i,
          ActionTemplate.class, Operation.POST_JOURNEY_ACTIONTEMPLATES);
      ids.computeIfAbsent(Ref.Kind.ACTION_TEMPLATE, k -> new HashMap<>()).put(stored.name(), stored.id());
      out.add(stored);
    }
    List<JourneySegment> segments = config.segments();
    for (int i = 0; i < segments.size(); i++) {
      JourneySegment stored = seedOne(batch, ApiCollection.SEGMENTS, segments.get(i), i,
          JourneySegment.class, Operation.POST_JOURNEY_SEGMENTS);
      ids.computeIfAbsent(Ref.Kind.SEGMENT, k -> new HashMap<>()).put(stored.displayName(), stored.id());
      out.add(stored);
    }
    List<Outcome> outcomes = config.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome stored = seedOne(batch, ApiCollection.OUTCOMES, outcomes.get(i), i,
          Outcome.class, Operation.POST_JOURNEY_OUTCOMES);
      ids.computeIfAbsent(Ref.Kind.OUTCOME, k -> new HashMap<>()).put(stored.displayName(), stored.id());
      out.add(stored);
    }
    JourneyConfig resolved = config.resolve(ref -> ref.name()
        .map(name -> ids.getOrDefault(ref.kind(), Map.of()).get(name)).orElse(null));
    List<ActionMap> maps = resolved.actionMaps();
    for (int i = 0; i < maps.size(); i++) {
      out.add(seedOne(batch, ApiCollection.ACTION_MAPS, maps.get(i), i, ActionMap.class, Operation.POST_JOURNEY_ACTIONMAPS));
    }
    return out.build();
  }

  /** Creates one bundle object; a rejection names the object and its path in the bundle. */
  private static <T> T seedOne(Semantics.Batch batch, ApiCollection collection, Object body, int index,
      Class<T> type, Operation operation) {
    try {
      return convert(batch.create(collection, body).tree(), type);
    } catch (ApiError e) {
      throw seedFailure(collection, body, index, operation, e);
    }
  }

  /**
   * The rejection of a seeded object as the create's exception, its message saying which object
   * ({@code action map 'Offer the sale'}) and where in the bundle
   * ({@code actionMaps[Offer the sale].triggerWithSegments[0]}); {@code details} keep the wire path.
   */
  private static JourneyApiException seedFailure(ApiCollection collection, Object body, int index,
      Operation operation, ApiError e) {
    JsonNode name = Trees.<JsonNode>of(body).path(collection.nameField());
    String object = name.isTextual() ? collection.label() + " '" + name.asText() + "'"
        : collection.label() + " #" + (index + 1) + " (no " + collection.nameField() + ")";
    String at = collection.bundleKey() + "[" + (name.isTextual() ? name.asText() : String.valueOf(index)) + "]";
    List<Detail> details = e.body().details();
    String field = details == null || details.isEmpty() ? null : details.get(0).fieldName();
    if (field != null && !field.isBlank()) {
      at = at + "." + field;
    }
    String message = "Seeding stored nothing: " + object + " at " + at + " was rejected: " + e.body().message();
    ErrorBody named = ErrorBody.builder().from(e.body()).message(message).build();
    return JourneyApiException.forStatus(operation, e.status(), named, null, null);
  }

  @Override
  public ActionTarget seedActionTarget(ActionTarget target) {
    return create(ApiCollection.ACTION_TARGETS, Objects.requireNonNull(target, "target"), ActionTarget.class, null);
  }

  private <T> T create(ApiCollection collection, Object body, Class<T> type, Operation operation) {
    try {
      return convert(semantics.create(collection, body).tree(), type);
    } catch (ApiError e) {
      throw JourneyApiException.forStatus(operation, e.status(), e.body(), null, null);
    }
  }

  @Override
  public String snapshot() {
    return Snapshots.write(semantics);
  }

  @Override
  public void restore(String snapshotJson) {
    Map<ApiCollection, List<ObjectNode>> content = Snapshots.read(Objects.requireNonNull(snapshotJson, "snapshotJson"));
    stored(() -> semantics.replace(content));
  }

  /** Runs a whole-store write; a state that cannot be stored surfaces as the 503 the API would answer. */
  private static void stored(Runnable write) {
    try {
      write.run();
    } catch (ApiError notStored) {
      throw JourneyApiException.forStatus(null, notStored.status(), notStored.body(), null, null);
    }
  }

  /**
   * Leaves a state file that holds everything by itself (the log compacted into it) and closes the
   * log, if any; the fake stays usable in memory. If the compaction fails the log still holds every
   * write, so nothing is lost.
   */
  @Override
  public void close() {
    if (stateLog != null) {
      semantics.compact();
      stateLog.close();
    }
  }

  @Override
  public List<JourneySegment> segments() {
    return stored(ApiCollection.SEGMENTS, JourneySegment.class);
  }

  @Override
  public List<Outcome> outcomes() {
    return stored(ApiCollection.OUTCOMES, Outcome.class);
  }

  @Override
  public List<ActionMap> actionMaps() {
    return stored(ApiCollection.ACTION_MAPS, ActionMap.class);
  }

  @Override
  public List<ActionTemplate> actionTemplates() {
    return stored(ApiCollection.ACTION_TEMPLATES, ActionTemplate.class);
  }

  @Override
  public List<ActionTarget> actionTargets() {
    return stored(ApiCollection.ACTION_TARGETS, ActionTarget.class);
  }

  private <T> List<T> stored(ApiCollection collection, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (ObjectNode node : semantics.all(collection)) {
      out.add(convert(node, type));
    }
    return List.copyOf(out);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Names the fake's configuration, never a credential. */
  @Override
  public String toString() {
    return "FakeJourneyApi[profile=" + settings.profile() + ", journal=" + journal.size() + " calls]";
  }
}
