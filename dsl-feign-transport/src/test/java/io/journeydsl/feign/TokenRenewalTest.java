package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Client;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bearer token on the wire, request by request, as the transport hands each one to its HTTP
 * client: a token the API rejects (revoked, or expired by the server's clock while the transport
 * still believes it fresh) costs exactly one token request and one immediate retry with the new
 * token, also when many calls are rejected at once during the renewal; and the token never shows
 * in an exception's message, {@code toString()}, stack trace or causes.
 */
class TokenRenewalTest {
  private static final String ID = "renewal-client";
  private static final String SECRET = "renewal-Secret-4b9e";
  private static final String TOKEN_PATH = "/oauth/token";

  /** The server's clock: moving it expires the tokens the server issued. */
  private final AdvancingClock serverClock = new AdvancingClock();
  private final FakeJourneyApi fake = FakeJourneyApi.builder().clock(serverClock).build();
  private final FakeJourneyServer server = FakeJourneyServer.builder(fake).clientCredentials(ID, SECRET)
      .tokenLifetime(Duration.ofHours(1)).start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  /** How long each token request is held before it goes out, to keep calls waiting on a renewal. */
  private volatile Duration loginDelay = Duration.ZERO;

  /** One request as the transport handed it to the HTTP client, and the status it got. */
  private record Sent(String method, String path, List<String> authorization, int status) {
    boolean login() {
      return path.endsWith(TOKEN_PATH);
    }

    String bearer() {
      assertThat(authorization).as("one Authorization header on " + method + " " + path).hasSize(1);
      assertThat(authorization.get(0)).startsWith("Bearer ");
      return authorization.get(0).substring("Bearer ".length());
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The HTTP client under test; {@link Hc5TokenRenewalTest} runs every case again over Apache HttpClient 5. */
  protected TransportHttpClient httpClient() {
    return HttpClients.jdk();
  }

  /** The HTTP client under test, recording every request it is given. */
  private TransportHttpClient recording() {
    TransportHttpClient delegate = httpClient();
    return connectTimeout -> {
      Client client = delegate.open(connectTimeout);
      Client recorder = (request, options) -> {
        String url = request.url();
        String path = url.substring(url.indexOf('/', url.indexOf("://") + 3)).replaceFirst("\\?.*", "");
        if (path.endsWith(TOKEN_PATH) && !loginDelay.isZero()) {
          try {
            Thread.sleep(loginDelay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        Collection<String> authorization = request.headers().entrySet().stream()
            .filter(h -> h.getKey().equalsIgnoreCase("Authorization"))
            .flatMap(h -> h.getValue().stream()).toList();
        feign.Response response = client.execute(request, options);
        sent.add(new Sent(request.httpMethod().name(), path, List.copyOf(authorization), response.status()));
        return response;
      };
      return client instanceof AutoCloseable closeable ? new ClosingClient(recorder, closeable) : recorder;
    };
  }

  private record ClosingClient(Client client, AutoCloseable closeable) implements Client, AutoCloseable {
    @Override
    public feign.Response execute(feign.Request request, feign.Request.Options options) throws java.io.IOException {
      return client.execute(request, options);
    }

    @Override
    public void close() throws Exception {
      closeable.close();
    }
  }

  /** A transport whose own clock stands still: it always believes its token fresh. */
  private JourneyClient client() {
    return FeignJourneyTransport.builder().baseUrl(server.baseUri()).httpClient(recording())
        .credentials(ClientCredentials.of(ID, SECRET))
        .clock(Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC))
        .sleeper(sleeper).buildClient();
  }

  private List<Sent> api() {
    return sent.stream().filter(s -> !s.login()).toList();
  }

  private long logins() {
    return sent.stream().filter(Sent::login).count();
  }

  @Test
  void aRevokedTokenCostsOneRenewalAndOneRetryWithTheNewToken() {
    try (JourneyClient client = client()) {
      client.segments().list();
      String first = api().get(0).bearer();
      fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).once().respond(401));

      assertThat(client.segments().list().entitiesOrEmpty()).isEmpty();

      assertThat(api()).extracting(Sent::status).containsExactly(200, 401, 200);
      assertThat(api().get(1).bearer()).isEqualTo(first);
      String renewed = api().get(2).bearer();
      assertThat(renewed).isNotEqualTo(first);
      assertThat(logins()).isEqualTo(2);
      assertThat(sleeper.waits).as("the retry after a 401 does not wait").isEmpty();

      client.segments().list();
      assertThat(api().get(3).bearer()).as("later calls keep the renewed token").isEqualTo(renewed);
      assertThat(logins()).isEqualTo(2);
    }
  }

  @Test
  void aRevokedTokenOnAPostRetriesItOnceWithTheNewTokenAndCreatesOneObject() {
    try (JourneyClient client = client()) {
      client.segments().list();
      String first = api().get(0).bearer();
      fake.faults().add(Fault.on(Operation.POST_JOURNEY_SEGMENTS).once().respond(401));

      JourneySegment created = client.segments().create(s -> s.displayName("Renewed").isActive(true));

      assertThat(created.version()).isEqualTo(1);
      assertThat(fake.segments()).hasSize(1);
      List<Sent> posts = api().stream().filter(s -> s.method().equals("POST")).toList();
      assertThat(posts).extracting(Sent::status).containsExactly(401, 200);
      assertThat(posts.get(0).bearer()).isEqualTo(first);
      assertThat(posts.get(1).bearer()).isNotEqualTo(first);
      assertThat(logins()).isEqualTo(2);
    }
  }

  @Test
  void aTokenTheServerExpiredIsRenewedOnceAndTheCallRetriedOnce() {
    try (JourneyClient client = client()) {
      client.segments().list();
      String first = api().get(0).bearer();
      serverClock.advance(Duration.ofHours(2));

      client.segments().list();

      assertThat(api()).extracting(Sent::status).containsExactly(200, 401, 200);
      assertThat(api().get(1).bearer()).isEqualTo(first);
      assertThat(api().get(2).bearer()).isNotEqualTo(first);
      assertThat(logins()).isEqualTo(2);
    }
  }

  @Test
  void concurrentCallsRejectedDuringARenewalShareOneNewToken() throws Exception {
    int threads = 8;
    int callsEach = 3;
    try (JourneyClient client = client()) {
      client.segments().list();
      String first = api().get(0).bearer();
      sent.clear();
      serverClock.advance(Duration.ofHours(2));
      // The renewal takes a while, so the other calls' 401s arrive while it is under way.
      loginDelay = Duration.ofMillis(300);

      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          results.add(pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            int pages = 0;
            for (int i = 0; i < callsEach; i++) {
              client.segments().list();
              pages++;
            }
            return pages;
          }));
        }
        for (Future<Integer> result : results) {
          assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(callsEach);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(logins()).as("one token request for all the rejected calls").isEqualTo(1);
      List<Sent> rejected = api().stream().filter(s -> s.status() == 401).toList();
      List<Sent> accepted = api().stream().filter(s -> s.status() == 200).toList();
      assertThat(rejected).as("at least the first call of one thread met the expired token").isNotEmpty();
      assertThat(rejected).as("each call is rejected at most once").hasSizeLessThanOrEqualTo(threads);
      assertThat(rejected).allSatisfy(s -> assertThat(s.bearer()).isEqualTo(first));
      assertThat(accepted).hasSize(threads * callsEach);
      String renewed = accepted.get(0).bearer();
      assertThat(renewed).isNotEqualTo(first);
      assertThat(accepted).allSatisfy(s -> assertThat(s.bearer()).isEqualTo(renewed));
      assertThat(api()).hasSize(threads * callsEach + rejected.size());
    }
  }

  @Test
  void theTokenNeverShowsInAnExceptionOrToString() {
    List<String> texts = new ArrayList<>();
    String token;
    try (JourneyClient client = client()) {
      texts.add(client.toString());
      client.segments().list();
      token = api().get(0).bearer();
      fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENT).once().respond(500));
      texts.addAll(describe(catchThrowable(() -> client.segments().get("any-id"))));
      texts.addAll(describe(catchThrowable(() -> client.segments().get("no-such-id"))));
      fake.faults().add(Fault.on(Operation.POST_JOURNEY_SEGMENTS).dropConnection());
      texts.addAll(describe(catchThrowable(() -> client.segments().create(s -> s.displayName("Dropped")))));
      // A 401 that survives the one renewal: the second attempt is rejected too.
      fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).times(2).respond(401));
      texts.addAll(describe(catchThrowable(() -> client.segments().list())));
      texts.add(client.toString());
    }
    try (JourneyClient fixed = FeignJourneyTransport.builder().baseUrl(server.baseUri()).httpClient(recording())
        .bearerToken(token).sleeper(sleeper).buildClient()) {
      texts.add(fixed.toString());
      fake.faults().add(Fault.on(Operation.GET_JOURNEY_SEGMENTS).once().respond(401));
      texts.addAll(describe(catchThrowable(() -> fixed.segments().list())));
    }
    assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text)
        .doesNotContain(token).doesNotContain(SECRET).doesNotContain("Bearer "));
  }

  /** A failure's message, {@code toString()} and stack trace, and the same of every cause. */
  private static List<String> describe(Throwable failure) {
    assertThat(failure).isNotNull();
    List<String> texts = new ArrayList<>();
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
    return texts;
  }
}
