package io.journeydsl.benchmarks.process;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import java.util.Locale;

/**
 * Plan, apply and plan again of the {@link ScaleBundle} (2,000 objects) against a fresh fake, either
 * in memory ({@code memory}: {@code fake.client()}, no sockets) or over loopback HTTP with the Feign
 * transport on its default JDK client ({@code http}). Run in a new JVM: round 1 is the cold one (JIT,
 * validator start-up, Jackson and Feign set-up), later rounds are warm, each on a fresh fake. Prints
 * one JSON line per round with the wall time of each phase and the requests it made, counted from
 * the fake's journal, beside the budget: objects + list pages + 5 %.
 *
 * <p>{@code java -cp benchmarks.jar ...DeployScale memory|http ROUNDS}
 */
public final class DeployScale {
  private static final String TOKEN = "deploy-token";

  private DeployScale() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !(args[0].equals("memory") || args[0].equals("http"))) {
      System.err.println("usage: DeployScale memory|http ROUNDS");
      System.exit(2);
    }
    JourneyConfig config = ScaleBundle.build();
    for (int round = 1; round <= Integer.parseInt(args[1]); round++) {
      System.out.println(round(args[0], round, config));
    }
  }

  private static String round(String target, int round, JourneyConfig config) throws Exception {
    // The journal must hold every call of a phase, or the counts would come up short.
    FakeJourneyApi fake = FakeJourneyApi.builder().journalLimits(100_000, 1L << 30).build();
    FakeJourneyServer server = target.equals("http") ? fake.serve(ServerOptions.defaults().withBearerToken(TOKEN)) : null;
    try (JourneyClient client = server == null ? fake.client()
        : FeignJourneyTransport.builder().baseUrl(server.baseUri()).bearerToken(TOKEN).buildClient()) {
      Deployer deployer = Deployer.to(client);

      long start = System.nanoTime();
      Plan plan = deployer.plan(config);
      long planned = System.nanoTime();
      int planRequests = takeCalls(fake);

      ApplyResult result = deployer.apply(plan);
      long applied = System.nanoTime();
      int applyRequests = takeCalls(fake);
      if (!result.succeeded()) {
        throw new IllegalStateException("apply failed: " + result);
      }

      Plan again = deployer.plan(config);
      long replanned = System.nanoTime();
      int replanRequests = takeCalls(fake);
      if (again.hasChanges()) {
        throw new IllegalStateException("the second plan is not empty");
      }

      // Reading an empty org takes one page per collection (segments, templates, maps, outcomes);
      // reading it back full takes a page per 100 objects of each.
      int pages = 4 + ScaleBundle.pages(ScaleBundle.SEGMENTS) + ScaleBundle.pages(ScaleBundle.TEMPLATES)
          + ScaleBundle.pages(ScaleBundle.MAPS) + ScaleBundle.pages(0);
      long budget = (long) Math.floor((ScaleBundle.OBJECTS + pages) * 1.05);
      return String.format(Locale.ROOT,
          "{\"target\":\"%s\",\"round\":%d,\"objects\":%d,\"planMs\":%.1f,\"applyMs\":%.1f,\"replanMs\":%.1f,"
              + "\"planRequests\":%d,\"applyRequests\":%d,\"replanRequests\":%d,\"budget\":%d}",
          target, round, ScaleBundle.OBJECTS, ms(planned - start), ms(applied - planned), ms(replanned - applied),
          planRequests, applyRequests, replanRequests, budget);
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  /** The calls journaled since the last take; clears the journal. */
  private static int takeCalls(FakeJourneyApi fake) {
    if (fake.journal().dropped() > 0) {
      throw new IllegalStateException("the journal dropped calls");
    }
    int calls = fake.journal().calls().size();
    fake.journal().clear();
    return calls;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
