package io.journeydsl.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.json.JourneyJson;
import java.io.IOException;

/** What every refusal of the fake must look like on the wire. */
final class GenesysErrorBodies {
  private GenesysErrorBodies() {}

  /**
   * Asserts a Genesys {@code ErrorBody}: JSON, {@code status} equal to the HTTP status, a dotted
   * {@code code}, a message, {@code contextId} equal to the correlation header, and nothing of the
   * server's insides (no exception, class, package or file name).
   */
  static JsonNode assertErrorBody(RawHttp.Reply reply, String what) throws IOException {
    assertThat(reply.status()).as(what + ": " + reply.head()).isBetween(400, 599);
    assertThat(reply.header("Content-Type")).as(what).startsWith("application/json");
    JsonNode body = JourneyJson.mapper().readTree(reply.body());
    assertThat(body.isObject()).as(what + ": " + reply.body()).isTrue();
    assertThat(body.path("status").asInt()).as(what).isEqualTo(reply.status());
    assertThat(body.path("code").asText()).as(what).matches("[a-z]+(\\.[a-z]+)*");
    assertThat(body.path("message").asText()).as(what).isNotBlank();
    assertThat(body.path("contextId").asText()).as(what).isEqualTo(reply.header("ININ-Correlation-Id"));
    assertThat(reply.body()).as(what)
        .doesNotContain("Exception").doesNotContain("org.eclipse").doesNotContain("java.")
        .doesNotContain("io.journeydsl").doesNotContain("\tat ").doesNotContain("<html").doesNotContain(".java");
    return body;
  }
}
