package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.error.ServerErrorException;
import io.journeydsl.error.UnauthorizedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Server text is untrusted: a proxy whose error page echoes the request headers must not carry the
 * client secret, {@code base64(id:secret)} or the access token into an exception's message,
 * {@code toString()}, stack trace or error body, from the API or from the login endpoint.
 */
class ServerTextRedactionTest {
  private static final String ID = "echo-client";
  private static final String SECRET = "echo-Secret-8c1d22";
  private static final String TOKEN = "echo-Token-5f0a9b77e1";
  private static final String BASIC = Base64.getEncoder().encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
  private static final StubHttpServer.Reply GRANT =
      StubHttpServer.Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");

  /** An error page that lists the request's credential first (so it is inside any length cap), then every header. */
  private static StubHttpServer.Reply echo(int status, HttpExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String bare = authorization.substring(authorization.indexOf(' ') + 1);
    StringBuilder page = new StringBuilder("<html><body><h1>Proxy error</h1><p>credential ").append(bare)
        .append("</p><table>");
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      page.append("<tr><td>").append(header.getKey()).append("</td><td>").append(String.join(", ", header.getValue()))
          .append("</td></tr>");
    }
    return StubHttpServer.Reply.html(status, page.append("</table></body></html>").toString());
  }

  private static JourneyApiException failure(StubHttpServer stub) {
    try (JourneyClient client = FeignJourneyTransport.builder().baseUrl(stub.baseUri())
        .credentials(ClientCredentials.of(ID, SECRET)).sleeper(new RecordingSleeper()).buildClient()) {
      Throwable thrown = catchThrowable(() -> client.segments().list());
      assertThat(thrown).isInstanceOf(JourneyApiException.class);
      return (JourneyApiException) thrown;
    }
  }

  private static void assertNoCredentialIn(JourneyApiException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    for (String text : List.of(e.getMessage(), e.toString(), trace.toString(), String.valueOf(e.errorBody().orElse(null)))) {
      assertThat(text).doesNotContain(SECRET).doesNotContain(BASIC).doesNotContain(TOKEN);
    }
    assertThat(e.getMessage()).as("the rest of the page is kept").contains("Proxy error").contains("****");
  }

  @Test
  void aBadRequestPageThatEchoesTheBearerTokenIsRedacted() {
    try (StubHttpServer stub = StubHttpServer.start().on("/oauth/token", x -> GRANT).on("/api", x -> echo(400, x))) {
      JourneyApiException e = failure(stub);
      assertThat(e).isInstanceOf(BadRequestException.class);
      assertNoCredentialIn(e);
    }
  }

  @Test
  void aServerErrorPageThatEchoesTheBearerTokenIsRedacted() {
    try (StubHttpServer stub = StubHttpServer.start().on("/oauth/token", x -> GRANT).on("/api", x -> echo(500, x))) {
      JourneyApiException e = failure(stub);
      assertThat(e).isInstanceOf(ServerErrorException.class);
      assertNoCredentialIn(e);
    }
  }

  @Test
  void aLoginPageThatEchoesTheBasicCredentialIsRedacted() {
    try (StubHttpServer stub = StubHttpServer.start().on("/oauth/token", x -> echo(500, x))) {
      JourneyApiException e = failure(stub);
      assertThat(e).isInstanceOf(ServerErrorException.class);
      assertNoCredentialIn(e);
    }
  }

  @Test
  void aLoginRejectionThatEchoesTheBasicCredentialIsRedacted() {
    try (StubHttpServer stub = StubHttpServer.start().on("/oauth/token", x -> echo(400, x))) {
      JourneyApiException e = failure(stub);
      assertThat(e).isInstanceOf(UnauthorizedException.class);
      assertNoCredentialIn(e);
    }
  }

  @Test
  void aJsonErrorThatEchoesTheAccessTokenIsRedacted() {
    try (StubHttpServer stub = StubHttpServer.start().on("/oauth/token", x -> GRANT)
        .on("/api", x -> StubHttpServer.Reply.json(400,
            "{\"message\":\"Proxy error for token " + TOKEN + "\",\"access_token\":\"" + TOKEN + "\"}"))) {
      JourneyApiException e = failure(stub);
      assertNoCredentialIn(e);
    }
  }
}
