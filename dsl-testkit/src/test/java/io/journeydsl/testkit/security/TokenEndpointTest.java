package io.journeydsl.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The token endpoint hands out tokens only to the configured client, so a token check protects
 * something: wrong ids, wrong secrets, missing Basic auth and tokens minted elsewhere are refused.
 */
class TokenEndpointTest {

  private static String mint(FakeJourneyServer server, String authorization) throws IOException {
    RawHttp.Reply reply = RawHttp.send(server.port(), RawHttp.tokenRequest(authorization));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return JourneyJson.mapper().readTree(reply.body()).path("access_token").asText();
  }

  @Test
  void withAFixedTokenAndNoClientTheEndpointMintsNothing() throws IOException {
    try (FakeJourneyServer server = FakeJourneyServer.builder(FakeJourneyApi.create()).bearerToken("the-fixed-token").start()) {
      RawHttp.Reply minted = RawHttp.send(server.port(), RawHttp.tokenRequest(RawHttp.basic("anyone", "anything")));
      assertThat(minted.status()).isEqualTo(401);
      assertThat(minted.body()).contains("invalid_client").doesNotContain("access_token");
      assertThat(RawHttp.send(server.port(), RawHttp.get("/api/v2/journey/segments", "the-fixed-token")).status())
          .isEqualTo(200);
    }
  }

  @Test
  void withClientCredentialsOnlyThatClientGetsATokenAndOnlyItsTokensWork() throws IOException {
    try (FakeJourneyServer server = FakeJourneyServer.builder(FakeJourneyApi.create())
        .clientCredentials("client-1", "secret-1").bearerToken("fixed-1").start();
        FakeJourneyServer other = FakeJourneyServer.builder(FakeJourneyApi.create())
            .clientCredentials("client-1", "secret-1").start()) {
      for (String wrong : new String[] {RawHttp.basic("client-2", "secret-1"), RawHttp.basic("client-1", "secret-2"),
          RawHttp.basic("client-1", ""), RawHttp.basic("", "secret-1"), "Basic not-base64!", "Bearer fixed-1", null}) {
        RawHttp.Reply reply = RawHttp.send(server.port(), RawHttp.tokenRequest(wrong));
        assertThat(reply.status()).as(String.valueOf(wrong)).isEqualTo(401);
        assertThat(reply.body()).doesNotContain("access_token");
      }
      String good = mint(server, RawHttp.basic("client-1", "secret-1"));
      assertThat(RawHttp.send(server.port(), RawHttp.get("/api/v2/journey/segments", good)).status()).isEqualTo(200);

      String foreign = mint(other, RawHttp.basic("client-1", "secret-1"));
      RawHttp.Reply refused = RawHttp.send(server.port(), RawHttp.get("/api/v2/journey/segments", foreign));
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.body()).contains("bad.credentials");
    }
  }

  @Test
  void withNothingConfiguredAnyNonEmptyClientIsServedAsDocumented() throws IOException {
    try (FakeJourneyServer server = FakeJourneyServer.start(FakeJourneyApi.create())) {
      assertThat(mint(server, RawHttp.basic("x", "y"))).isNotBlank();
      assertThat(RawHttp.send(server.port(), RawHttp.tokenRequest(null)).status()).isEqualTo(401);
    }
  }
}
