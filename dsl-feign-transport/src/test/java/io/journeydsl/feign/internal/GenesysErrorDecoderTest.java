package io.journeydsl.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Response;
import feign.RetryableException;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.error.RateLimitedException;
import io.journeydsl.error.UnauthorizedException;
import io.journeydsl.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenesysErrorDecoderTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final GenesysErrorDecoder decoder = new GenesysErrorDecoder(clock, null, Redactor.patternsOnly());

  private static Response response(int status, String body, Map<String, Collection<String>> headers) {
    Request request = Request.create(Request.HttpMethod.PATCH, "http://h/api/v2/journey/segments/s1", Map.of(),
        new byte[0], StandardCharsets.UTF_8, null);
    return Response.builder().status(status).request(request).headers(headers)
        .body(body, StandardCharsets.UTF_8).build();
  }

  private JourneyApiException decode(Response response) {
    Exception e = decoder.decode("k", response);
    HttpFailure failure = (HttpFailure) (e instanceof RetryableException r ? r.getCause() : e);
    return failure.toApiException(Operation.PATCH_JOURNEY_SEGMENT);
  }

  @Test
  void readsTheGenesysErrorBodyAndCorrelationHeader() {
    JourneyApiException e = decode(response(400,
        "{\"message\":\"bad color\",\"code\":\"bad.request\",\"status\":400,\"details\":[{\"fieldName\":\"color\"}]}",
        Map.of("inin-correlation-id", List.of("c-1"))));
    assertThat(e).isInstanceOf(BadRequestException.class).hasMessageContaining("bad color").hasMessageContaining("c-1");
    assertThat(((BadRequestException) e).details()).extracting(d -> d.fieldName()).containsExactly("color");
  }

  @Test
  void rateLimitsAreRetryableAndCarryRetryAfter() {
    Exception raw = decoder.decode("k", response(429, "{\"code\":\"too.many.requests.retry.after\"}", Map.of("Retry-After", List.of("42"))));
    assertThat(raw).isInstanceOf(RetryableException.class);
    JourneyApiException e = ((HttpFailure) raw.getCause()).toApiException(Operation.GET_JOURNEY_SEGMENTS);
    assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(42));
  }

  @Test
  void toleratesBodiesThatAreNotJsonAndCapsThem() {
    JourneyApiException e = decode(response(502, "<html>" + "x".repeat(100_000) + "</html>", Map.of()));
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.getMessage()).startsWith("502").contains("<html>").hasSizeLessThan(600);
  }

  @Test
  void readsTheOAuthErrorShapeOfTheLoginEndpoint() {
    JourneyApiException e = decode(response(401, "{\"error\":\"invalid_client\",\"description\":\"bad secret\"}", Map.of()));
    assertThat(e).isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("invalid_client").hasMessageContaining("bad secret");
  }

  @Test
  void aRejectedRenewableTokenIsDroppedAndTheCallRetried() {
    String[] invalidated = new String[1];
    TokenSource tokens = new TokenSource() {
      @Override public String token() { return "t"; }
      @Override public void invalidate(String token) { invalidated[0] = token; }
      @Override public boolean renewable() { return true; }
      @Override public String current() { return "t"; }
    };
    Request request = Request.create(Request.HttpMethod.GET, "http://h/x", Map.of("Authorization", List.of("Bearer old-token")),
        new byte[0], StandardCharsets.UTF_8, null);
    Response r = Response.builder().status(401).request(request).headers(Map.of()).body("{}", StandardCharsets.UTF_8).build();
    assertThat(new GenesysErrorDecoder(clock, tokens, Redactor.patternsOnly()).decode("k", r)).isInstanceOf(RetryableException.class);
    assertThat(invalidated[0]).isEqualTo("old-token");
  }
}
