package io.journeydsl.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import io.journeydsl.feign.ClientCredentials;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor patterns = Redactor.patternsOnly();

  @Test
  void masksAuthorizationHeadersAndSchemeCredentials() {
    assertThat(patterns.redact("Authorization: Basic ZWNobzpzZWNyZXQ=\r\nHost: h"))
        .isEqualTo("Authorization: ****\r\nHost: h");
    assertThat(patterns.redact("<td>authorization</td><td>Bearer abc.def-ghi</td>"))
        .isEqualTo("<td>authorization</td><td>Bearer ****</td>");
    assertThat(patterns.redact("{\"Proxy-Authorization\":\"Negotiate YII=\"}"))
        .isEqualTo("{\"Proxy-Authorization\":\"Negotiate ****\"}");
  }

  @Test
  void masksTokenFieldsInJsonAndForms() {
    assertThat(patterns.redact("{\"access_token\" : \"abc\",\"expires_in\":3600}"))
        .isEqualTo("{\"access_token\" : \"****\",\"expires_in\":3600}");
    assertThat(patterns.redact("grant_type=x&client_secret=s3&refresh_token=r"))
        .isEqualTo("grant_type=x&client_secret=****&refresh_token=****");
  }

  @Test
  void masksKnownCredentialsAndThoseTheRequestCarried() {
    Redactor knowing = Redactor.knowing(ClientCredentials.of("id", "the secret+1"), () -> "current-token");
    Request request = Request.create(Request.HttpMethod.GET, "http://h/x",
        Map.of("authorization", List.of("Custom sent-credential")), new byte[0], StandardCharsets.UTF_8, null);
    assertThat(knowing.redact("a the secret+1 b current-token c sent-credential d the+secret%2B1 e", request))
        .as("the secret, the token, the request's credential, and their URL-encoded forms")
        .isEqualTo("a **** b **** c **** d **** e");
    assertThat(Redactor.knowing(null, () -> "t").redact("a test b"))
        .as("a one-letter test token is too short to be a credential; masking it would garble the text")
        .isEqualTo("a test b");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "{\"message\":\"displayName is required\",\"code\":\"bad.request\",\"status\":400}";
    assertThat(Redactor.knowing(null, () -> "abc").redact(text)).isEqualTo(text);
    assertThat(patterns.redact(null)).isNull();
  }
}
