package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.TransportFailureException;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.feign.RetryPolicy;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Chaos: generated configurations deployed through the Feign transport to the fake over HTTP while
 * seeded random faults fire (429 with Retry-After, 503, connections dropped before the server handled
 * the request, answers lost after it did, latency). Re-running apply until it succeeds must leave the
 * org exactly equal to the configuration: no object missing, none duplicated, nothing left to change.
 * The property runs with a fixed seed, and each try names its fault seed, so any failure replays.
 */
class ChaosProperties {
  private static final String TOKEN = "chaos-token";
  private static final int MAX_RUNS = 12;
  private static FakeJourneyApi fake;
  private static FakeJourneyServer server;
  private static FeignJourneyTransport transport;
  /** Faults that fired over all tries: a chaos run in which nothing went wrong would prove nothing. */
  private static final java.util.concurrent.atomic.AtomicInteger FIRED = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeContainer
  static void start() {
    fake = FakeJourneyApi.create();
    server = FakeJourneyServer.builder(fake).bearerToken(TOKEN).start();
    // Quick retries keep the run short; the policy's shape (bounded attempts, Retry-After honoured) is the default's.
    transport = FeignJourneyTransport.builder().baseUrl(server.baseUri()).bearerToken(TOKEN)
        .retryPolicy(new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMillis(1),
            Duration.ofMillis(5)))
        .build();
  }

  @AfterContainer
  static void stop() {
    transport.close();
    server.close();
    assertThat(FIRED.get()).as("faults fired over the whole run").isGreaterThan(20);
  }

  @BeforeTry
  void emptyOrg() {
    fake.reset();
  }

  @Property(tries = 12, seed = "20261201")
  void reRunningApplyUnderFaultsConvergesOnTheConfiguration(@ForAll("bundles") JourneyConfig before,
      @ForAll("bundles") JourneyConfig config, @ForAll("seeds") long faultSeed) {
    fake.seed(before);
    injectFaults(faultSeed);
    Deployer deployer = Deployer.builder(JourneyClient.create(new LosesAnswers(transport, new Random(faultSeed))))
        .prune(IdempotenceProperties.everything()).retryPause(Duration.ofMillis(1)).build();

    List<String> runs = new ArrayList<>();
    boolean converged = false;
    for (int run = 0; run < MAX_RUNS && !converged; run++) {
      try {
        ApplyResult result = deployer.apply(deployer.plan(config));
        runs.add(result.succeeded() ? "applied " + result.done().size() : "stopped: " + result.failure().message());
        converged = result.succeeded() && !deployer.plan(config).hasChanges();
      } catch (RuntimeException e) {
        runs.add("failed: " + e.getMessage());
      }
    }
    FIRED.addAndGet(fired());
    fake.faults().clear();

    assertThat(converged).as("fault seed %d, runs %s", faultSeed, runs).isTrue();
    assertThat(IdempotenceProperties.names(fake)).as("fault seed %d: the org's names, duplicates included", faultSeed)
        .isEqualTo(IdempotenceProperties.names(config));
    assertThat(Deployer.builder(fake.client()).prune(IdempotenceProperties.everything()).build().plan(config)
        .hasChanges()).as("fault seed %d: a fault-free plan finds nothing to change", faultSeed).isFalse();
  }

  private static final List<Fault> INJECTED = new ArrayList<>();

  private static void injectFaults(long seed) {
    INJECTED.clear();
    INJECTED.add(Fault.onAny().withProbability(0.05, seed).rateLimited(Duration.ZERO));
    INJECTED.add(Fault.onAny().withProbability(0.05, seed + 1).respond(503));
    INJECTED.add(Fault.onAny().withProbability(0.03, seed + 2).dropConnection());
    INJECTED.add(Fault.onAny().withProbability(0.05, seed + 3).delay(Duration.ofMillis(15)));
    INJECTED.forEach(fake.faults()::add);
  }

  private static int fired() {
    return INJECTED.stream().mapToInt(fake.faults()::fired).sum();
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(1, Long.MAX_VALUE / 2);
  }

  /** Loses the answer of one write in twenty after the server handled it: the outcome is unknown to the client. */
  private static final class LosesAnswers implements JourneyTransport {
    private final JourneyTransport delegate;
    private final Random random;

    LosesAnswers(JourneyTransport delegate, Random random) {
      this.delegate = delegate;
      this.random = random;
    }

    @Override
    public <R> R execute(JourneyOperation<R> call) {
      R answer = delegate.execute(call);
      boolean write = call.operation().httpMethod() != HttpMethod.GET;
      boolean lose;
      synchronized (random) {
        lose = write && random.nextInt(20) == 0;
      }
      if (lose) {
        throw new TransportFailureException(call.operation(), true, "answer lost after the server handled the request",
            null);
      }
      return answer;
    }
  }
}
