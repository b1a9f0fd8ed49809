package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.model.MediaType;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.JourneyEvent;
import io.journeydsl.testkit.JourneyEventType;
import io.journeydsl.validation.JourneyValidationException;
import io.journeydsl.validation.JourneyValidator;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The deployment part of {@code journey demo}: starts the fake Journey API on an ephemeral loopback
 * port, logs in with OAuth client credentials at its token endpoint, creates the configuration there
 * through the Feign transport (references resolved to the new ids), reads it back page by page,
 * updates one action map, shows the validate-before-send guard refusing a broken object, and runs
 * the bundle's aggregate query over seeded journey events.
 */
final class DemoDeployment {
  private static final String CLIENT_ID = "journey-demo";

  private final PrintWriter out;

  DemoDeployment(PrintWriter out) {
    this.out = out;
  }

  void run(JourneyConfig config) {
    String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    FakeJourneyApi fake = FakeJourneyApi.create();
    try (FakeJourneyServer server = FakeJourneyServer.builder(fake).clientCredentials(CLIENT_ID, secret).start()) {
      out.println("Fake Journey API on " + server.baseUri() + " (OAuth client credentials at " + server.tokenUri() + ")");
      FeignJourneyTransport transport = FeignJourneyTransport.builder()
          .baseUrl(server.baseUri())
          .credentials(ClientCredentials.of(CLIENT_ID, secret))
          .build();
      try (transport; JourneyClient client = JourneyClient.create(transport)) {
        JourneyConfig deployed = create(client, config);
        readBack(client);
        update(client, deployed);
        guard(transport, config);
        query(client, fake, deployed);
      }
      out.printf("%d HTTP calls answered by the fake; the API calls carried the bearer token issued by /oauth/token%n",
          fake.journal().size());
    }
    out.flush();
  }

  /** Creates templates, segments and outcomes, then the action maps with their references resolved. */
  private JourneyConfig create(JourneyClient client, JourneyConfig config) {
    Map<Ref<?>, String> ids = new HashMap<>();
    for (ActionTemplate t : config.actionTemplates()) {
      ActionTemplate created = client.actionTemplates().create(t);
      ids.put(Ref.to(t), created.id());
      created("action template", created.name(), created.id(), created.version());
    }
    for (JourneySegment s : config.segments()) {
      JourneySegment created = client.segments().create(s);
      ids.put(Ref.to(s), created.id());
      created("segment", created.displayName(), created.id(), created.version());
    }
    for (Outcome o : config.outcomes()) {
      Outcome created = client.outcomes().create(o);
      ids.put(Ref.to(o), created.id());
      created("outcome", created.displayName(), created.id(), created.version());
    }
    JourneyConfig resolved = config.resolve(ids::get);
    List<ActionMap> maps = resolved.actionMaps().stream().map(m -> {
      ActionMap created = client.actionMaps().create(m);
      created("action map", created.displayName(), created.id(), created.version());
      return created;
    }).toList();
    return JourneyConfig.builder().from(resolved).actionMaps(maps).build();
  }

  private void created(String kind, String name, String id, Integer version) {
    out.printf("  created %-15s %-30s id=%s version=%d%n", kind, "'" + name + "'", id, version);
  }

  private void readBack(JourneyClient client) {
    long segments = client.segments().stream(q -> q.pageSize(2)).count();
    long templates = client.actionTemplates().stream(q -> q.mediaType(MediaType.CONTENT_OFFER)).count();
    long maps = client.actionMaps().stream(q -> q.sortBy("-weight").pageSize(2)).count();
    out.printf("Read back: %d segments (pages of 2), %d content offer templates, %d action maps (by weight, pages of 2)%n",
        segments, templates, maps);
  }

  private void update(JourneyClient client, JourneyConfig deployed) {
    ActionMap map = deployed.actionMaps().get(deployed.actionMaps().size() - 1);
    ActionMap patched = client.actionMaps().patch(map.id(), p -> p
        .displayName(map.displayName())
        .triggerWithSegments(map.triggerWithSegments())
        .pageUrlConditions(map.pageUrlConditions())
        .version(map.version())
        .weight(2));
    out.printf("Patched '%s': weight %d -> %d, version %d -> %d%n", map.displayName(), map.weight(), patched.weight(),
        map.version(), patched.version());
  }

  /** The validate-before-send decorator refuses an invalid object; nothing reaches the API. */
  private void guard(JourneyTransport transport, JourneyConfig config) {
    CliLogging.quietHibernateValidator();
    JourneySegment broken = DemoValidation.broken(config).segments().get(0);
    try (JourneyClient guarded = JourneyClient.builder().transport(transport)
        .decorate(JourneyValidator.create().beforeSend()).build()) {
      guarded.segments().create(broken);
      out.println("Validate-before-send let an invalid segment through");
    } catch (JourneyValidationException e) {
      out.println("Validate-before-send refused segment '" + broken.displayName() + "' without sending it: "
          + e.report().summary());
    }
  }

  private void query(JourneyClient client, FakeJourneyApi fake, JourneyConfig deployed) {
    if (deployed.aggregateQueries().isEmpty()) {
      return;
    }
    seedEvents(fake, deployed);
    JourneyAggregationQuery query = deployed.aggregateQueries().get(0);
    out.println("Aggregate query " + query.metrics() + " by " + query.groupBy() + " over " + query.interval() + ":");
    // Rows name the configuration's action maps; one line per map and week, its metrics side by side.
    StringBuilder line = null;
    String lineKey = null;
    for (AggregateRow row : client.analytics().rows(query, deployed)) {
      String key = row.group() + " " + row.interval();
      if (!key.equals(lineKey)) {
        if (line != null) {
          out.println(line);
        }
        line = new StringBuilder("  ").append(row.label(JourneyDimension.JOURNEY_ACTION_MAP_ID))
            .append("  ").append(row.interval());
        lineKey = key;
      }
      line.append("  ").append(row.metric()).append('=').append(row.count());
    }
    if (line != null) {
      out.println(line);
    }
  }

  /** A few weeks of content offers shown and accepted on the two content offer maps. */
  private static void seedEvents(FakeJourneyApi fake, JourneyConfig deployed) {
    Instant start = Instant.parse("2026-03-02T09:00:00Z");
    int session = 0;
    for (ActionMap map : deployed.actionMaps()) {
      if (map.action() == null || !MediaType.CONTENT_OFFER.equals(map.action().mediaType())) {
        continue;
      }
      for (int day = 0; day < 28; day += 3) {
        String sessionId = "session-" + (++session);
        Instant at = start.plus(Duration.ofDays(day));
        fake.analytics().record(event(JourneyEventType.ACTION_OFFERED, at, sessionId, map));
        if (day % 2 == 0) {
          fake.analytics().record(event(JourneyEventType.ACTION_ACCEPTED, at.plusSeconds(20), sessionId, map));
        }
      }
    }
  }

  private static JourneyEvent event(JourneyEventType type, Instant at, String sessionId, ActionMap map) {
    return JourneyEvent.of(type, at, sessionId)
        .with(JourneyDimension.JOURNEY_ACTION_MAP_ID, map.id())
        .with(JourneyDimension.JOURNEY_ACTION_MEDIA_TYPE, map.action().mediaType().value());
  }
}
