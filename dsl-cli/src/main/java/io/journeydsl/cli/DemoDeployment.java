package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import io.journeydsl.deploy.export.ExportResult;
import io.journeydsl.deploy.export.Exporter;
import io.journeydsl.model.MediaType;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
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
import java.util.HexFormat;
import java.util.List;

/**
 * The deployment part of {@code journey demo}: starts the fake Journey API on an ephemeral loopback
 * port, logs in with OAuth client credentials at its token endpoint, and through the Feign
 * transport plans the configuration, applies the plan, shows that a second plan is empty, changes
 * one thing and shows its one-line diff and applies it; then reads the org back page by page, shows
 * the validate-before-send guard refusing a broken object, and runs the bundle's aggregate query
 * over seeded journey events.
 */
final class DemoDeployment {
  private static final String CLIENT_ID = "journey-demo";
  private static final int EXPORT_LINES_SHOWN = 40;

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
        Deployer deployer = Deployer.to(client);
        deploy(deployer, config);
        JourneyConfig changed = changeOneThing(config);
        deploy(deployer, changed);
        export(client);
        JourneyConfig deployed = readBack(client, changed);
        guard(transport, config);
        query(client, fake, deployed);
      }
      out.printf("%d HTTP calls answered by the fake; the API calls carried the bearer token issued by /oauth/token%n",
          fake.journal().size());
    }
    out.flush();
  }

  /** Plans, applies, and plans again to show that the org now matches the configuration. */
  private void deploy(Deployer deployer, JourneyConfig config) {
    Plan plan = deployer.plan(config);
    print(plan);
    ApplyResult result = deployer.apply(plan);
    if (!result.succeeded()) {
      throw new IllegalStateException("the demo's apply failed: " + result.failure().message());
    }
    out.println("Applied: " + result.done().size() + " changes. Planning again:");
    print(deployer.plan(config));
  }

  /** The plan's text without its unchanged ({@code =}) lines, to keep the demo short. */
  private void print(Plan plan) {
    plan.toText(false).lines().filter(line -> !line.startsWith("= ")).forEach(out::println);
  }

  /** The configuration with its last action map's weight lowered: a one-field change. */
  private JourneyConfig changeOneThing(JourneyConfig config) {
    List<ActionMap> maps = new java.util.ArrayList<>(config.actionMaps());
    ActionMap last = maps.get(maps.size() - 1);
    maps.set(maps.size() - 1, last.withWeight(last.weight() == 3 ? 2 : 3));
    out.println("Changing the weight of action map '" + last.displayName() + "' in the configuration:");
    return JourneyConfig.builder().from(config).actionMaps(maps).build();
  }

  /** Exports the org back to Java DSL source and shows its start: the configuration as a user would write it. */
  private void export(JourneyClient client) {
    ExportResult export = Exporter.over(client).export();
    List<String> lines = export.javaSource("com.example.shop", "ShopJourney").lines().toList();
    out.println("Exported the org back to Java DSL source (" + lines.size() + " lines; "
        + export.deprecations().size() + " deprecated constructs listed by the migration report). It starts:");
    lines.stream().limit(EXPORT_LINES_SHOWN).forEach(line -> out.println("  " + line));
    out.println("  ...  (all of it: journey export --format java)");
  }

  /** Reads the org back page by page, and the configuration as deployed (with the action maps' ids). */
  private JourneyConfig readBack(JourneyClient client, JourneyConfig config) {
    long segments = client.segments().stream(q -> q.pageSize(2)).count();
    long templates = client.actionTemplates().stream(q -> q.mediaType(MediaType.CONTENT_OFFER)).count();
    List<ActionMap> maps = client.actionMaps().stream(q -> q.sortBy("-weight").pageSize(2)).toList();
    out.printf("Read back: %d segments (pages of 2), %d content offer templates, %d action maps (by weight, pages of 2)%n",
        segments, templates, maps.size());
    return JourneyConfig.builder().from(config).actionMaps(maps).build();
  }

  /** The validate-before-send decorator refuses an invalid object; nothing reaches the API. */
  private void guard(JourneyTransport transport, JourneyConfig config) {
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
