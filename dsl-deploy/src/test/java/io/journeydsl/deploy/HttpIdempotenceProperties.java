package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/** The same idempotence over HTTP: the Feign transport against the fake served on loopback. */
class HttpIdempotenceProperties {
  private static final String TOKEN = "deploy-test-token";
  private static FakeJourneyApi fake;
  private static FakeJourneyServer server;
  private static FeignJourneyTransport transport;

  @BeforeContainer
  static void start() {
    fake = FakeJourneyApi.create();
    server = FakeJourneyServer.builder(fake).bearerToken(TOKEN).start();
    transport = FeignJourneyTransport.builder().baseUrl(server.baseUri()).bearerToken(TOKEN).build();
  }

  @AfterContainer
  static void stop() {
    transport.close();
    server.close();
  }

  @BeforeTry
  void emptyOrg() {
    fake.reset();
  }

  @Property(tries = 20)
  void applyingTwiceOverHttpMakesTheSecondPlanEmpty(@ForAll("bundles") JourneyConfig before,
      @ForAll("bundles") JourneyConfig config) {
    fake.seed(before);
    JourneyClient client = JourneyClient.create(transport);
    Deployer deployer = Deployer.builder(client).prune(IdempotenceProperties.everything()).build();

    ApplyResult result = deployer.apply(deployer.plan(config));

    assertThat(result.succeeded()).as("%s", result.failure()).isTrue();
    assertThat(deployer.plan(config).hasChanges()).isFalse();
    assertThat(IdempotenceProperties.names(fake)).isEqualTo(IdempotenceProperties.names(config));
  }

  @Provide
  Arbitrary<JourneyConfig> bundles() {
    return JourneyArbitraries.bundles();
  }
}
