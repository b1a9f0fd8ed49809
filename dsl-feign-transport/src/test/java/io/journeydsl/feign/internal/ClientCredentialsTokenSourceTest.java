package io.journeydsl.feign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.feign.ClientCredentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokenSourceTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final AtomicInteger grants = new AtomicInteger();
  private final List<URI> endpoints = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();

  private LoginApi login(long expiresIn) {
    return (endpoint, headers) -> {
      int n = grants.incrementAndGet();
      endpoints.add(endpoint);
      authorizations.add(headers.get("Authorization"));
      return ("{\"access_token\":\"token-" + n + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + "}")
          .getBytes(StandardCharsets.UTF_8);
    };
  }

  private ClientCredentialsTokenSource source(LoginApi api) {
    return new ClientCredentialsTokenSource(api, URI.create("http://127.0.0.1:9/"), ClientCredentials.of("id", "s3cret"), clock);
  }

  @Test
  void sendsTheGrantWithBasicCredentialsToTheTokenEndpoint() {
    source(login(3600)).token();
    assertThat(endpoints).containsExactly(URI.create("http://127.0.0.1:9/oauth/token"));
    assertThat(authorizations).containsExactly(
        "Basic " + Base64.getEncoder().encodeToString("id:s3cret".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void cachesTheTokenUntilShortlyBeforeItExpires() {
    ClientCredentialsTokenSource tokens = source(login(86_400));
    assertThat(tokens.token()).isEqualTo("token-1");
    clock.advance(Duration.ofHours(23).plusMinutes(58));
    assertThat(tokens.token()).isEqualTo("token-1");
    clock.advance(Duration.ofMinutes(1));
    assertThat(tokens.token()).as("renewed within the last minute").isEqualTo("token-2");
  }

  @Test
  void shortLivedTokensAreRenewedAtFourFifthsOfTheirLifetime() {
    ClientCredentialsTokenSource tokens = source(login(5));
    tokens.token();
    clock.advance(Duration.ofMillis(3_900));
    assertThat(tokens.token()).isEqualTo("token-1");
    clock.advance(Duration.ofMillis(200));
    assertThat(tokens.token()).isEqualTo("token-2");
  }

  @Test
  void invalidatingDropsOnlyTheCurrentToken() {
    ClientCredentialsTokenSource tokens = source(login(3600));
    tokens.token();
    tokens.invalidate("some-older-token");
    assertThat(tokens.token()).isEqualTo("token-1");
    tokens.invalidate("token-1");
    assertThat(tokens.token()).isEqualTo("token-2");
  }

  @Test
  void concurrentCallersShareOneGrant() throws Exception {
    CountDownLatch inGrant = new CountDownLatch(1);
    LoginApi slow = (endpoint, headers) -> {
      grants.incrementAndGet();
      inGrant.countDown();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "{\"access_token\":\"shared\",\"expires_in\":3600}".getBytes(StandardCharsets.UTF_8);
    };
    ClientCredentialsTokenSource tokens = source(slow);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(tokens::token));
      }
      for (Future<String> f : results) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("shared");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(grants).hasValue(1);
  }

  @Test
  void aMalformedGrantResponseFailsWithoutEchoingIt() {
    LoginApi broken = (endpoint, headers) -> "{\"access_token\":\"leaked-token\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> source(broken).token())
        .isInstanceOf(HttpFailure.class)
        .satisfies(e -> assertThat(((HttpFailure) e).toApiException(null).getMessage())
            .contains("expires_in").doesNotContain("leaked-token"));
  }

  @Test
  void neverShowsTheSecret() {
    assertThat(source(login(1)).toString()).contains("id").doesNotContain("s3cret");
    assertThat(ClientCredentials.of("id", "s3cret").toString()).doesNotContain("s3cret");
    assertThat(TokenSource.fixed("bearer-xyz").toString()).doesNotContain("bearer-xyz");
    assertThat(Map.of("c", ClientCredentials.of("id", "s3cret")).toString()).doesNotContain("s3cret");
  }
}
