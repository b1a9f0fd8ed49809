package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.UnauthorizedException;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A grant the login endpoint rejects is an authentication failure, whatever status carries the
 * OAuth error: the caller gets {@link UnauthorizedException} naming the OAuth error, never the
 * secret, and the API is never called with a missing token.
 */
class TokenEndpointRejectionTest {
  private static final String ID = "rejected-client";
  private static final String SECRET = "rejected-Secret-4411";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "400, invalid_client", "401, invalid_client", "400, unauthorized_client",
      "400, invalid_grant", "401, invalid_grant", "400, invalid_scope"})
  void anOAuthErrorFromTheLoginEndpointIsUnauthorized(int status, String error) {
    try (StubHttpServer stub = StubHttpServer.start()
        .on("/oauth/token", exchange -> StubHttpServer.Reply.json(status,
            "{\"error\":\"" + error + "\",\"description\":\"client authentication failed\"}"))
        .on("/api", exchange -> StubHttpServer.Reply.json(200, "{\"entities\":[]}"));
         JourneyClient client = FeignJourneyTransport.builder().baseUrl(stub.baseUri())
             .credentials(ClientCredentials.of(ID, SECRET)).sleeper(new RecordingSleeper()).buildClient()) {
      UnauthorizedException e = catchThrowableOfType(() -> client.segments().list(), UnauthorizedException.class);

      assertThat(e).as("a rejected grant is an authentication failure").isNotNull();
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.getMessage()).contains(error).contains("client authentication failed")
          .contains("HTTP " + status).doesNotContain(SECRET);
      assertThat(e.errorBody()).hasValueSatisfying(body -> {
        assertThat(body.code()).isEqualTo(error);
        assertThat(body.status()).as("the status the login endpoint sent").isEqualTo(status);
      });
      assertThat(stub.requests("/oauth/token")).as("a rejected grant is not retried").isEqualTo(1);
      assertThat(stub.requests("/api")).isZero();
    }
  }

  @Test
  void theFakesRejectionOfAWrongSecretIsUnauthorizedWithTheOAuthError() {
    FakeJourneyApi fake = FakeJourneyApi.create();
    try (FakeJourneyServer server = FakeJourneyServer.builder(fake).clientCredentials(ID, SECRET).start();
         JourneyClient client = FeignJourneyTransport.builder().baseUrl(server.baseUri())
             .credentials(ClientCredentials.of(ID, SECRET + "-wrong")).sleeper(new RecordingSleeper()).buildClient()) {
      UnauthorizedException e = catchThrowableOfType(() -> client.segments().list(), UnauthorizedException.class);

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("invalid_client").contains("client authentication failed")
          .doesNotContain(SECRET);
    }
    assertThat(fake.journal().calls(Operation.GET_JOURNEY_SEGMENTS)).isEmpty();
  }
}
