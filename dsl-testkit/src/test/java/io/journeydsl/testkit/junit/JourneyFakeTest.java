package io.journeydsl.testkit.junit;

import static io.journeydsl.Journey.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.ConflictException;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.error.RateLimitedException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.IdSource;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One nested class per switch of {@link JourneyFake}: each test would fail if its switch were
 * ignored, because the fake's default behaves the other way.
 */
class JourneyFakeTest {

  @Nested
  @JourneyFake(rejectDuplicateNames = true)
  class RejectDuplicateNames {
    @Test
    void aSecondSegmentOfTheSameNameIsAConflict(JourneyClient client) {
      client.segments().create(segment("Pricing").build());
      assertThatThrownBy(() -> client.segments().create(segment("Pricing").build())).isInstanceOf(ConflictException.class);
    }

    @Test
    @JourneyFake
    void anAnnotationOnTheMethodReplacesTheClassOne(JourneyClient client) {
      client.segments().create(segment("Pricing").build());
      client.segments().create(segment("Pricing").build());
      assertThat(client.segments().list().entities()).hasSize(2);
    }

    @Nested
    class InANestedClassWithoutItsOwn {
      @Test
      void theEnclosingClassesAnnotationApplies(JourneyClient client) {
        client.segments().create(segment("Pricing").build());
        assertThatThrownBy(() -> client.segments().create(segment("Pricing").build())).isInstanceOf(ConflictException.class);
      }
    }
  }

  @Nested
  @JourneyFake(rejectReferencedDeletes = true, bundle = "bundles/pricing.json")
  class RejectReferencedDeletes {
    @Test
    void aSegmentAnActionMapUsesCannotBeDeleted(FakeJourneyApi fake, JourneyClient client) {
      String segmentId = fake.segments().get(0).id();
      assertThatThrownBy(() -> client.segments().delete(segmentId)).isInstanceOf(ConflictException.class);
    }
  }

  @Nested
  @JourneyFake(bundle = "/bundles/pricing.json")
  class Bundle {
    @Test
    void theBundleIsSeededBeforeTheTest(FakeJourneyApi fake) {
      assertThat(fake.segments()).extracting(JourneySegment::displayName).containsExactly("Pricing visitors");
      assertThat(fake.actionMaps().get(0).triggerWithSegments()).containsExactly(fake.segments().get(0).id());
      assertThat(fake.journal().calls()).isEmpty();
    }
  }

  @Nested
  @JourneyFake(allowPatchWithoutVersion = true)
  class AllowPatchWithoutVersion {
    @Test
    void aPatchWithoutVersionIsAccepted(JourneyClient client) {
      String id = client.segments().create(segment("S").build()).id();
      assertThat(client.segments().patch(id, p -> p.displayName("T")).version()).isEqualTo(2);
    }
  }

  @Nested
  @JourneyFake(acceptUnknownFields = true)
  class AcceptUnknownFields {
    @Test
    void aFieldTheApiDoesNotDefineIsStored(JourneyClient client) {
      JourneySegment stored = client.segments().create(segment("S").putUnknownField("loyaltyTier", TextNode.valueOf("gold")).build());
      assertThat(stored.unknownFields()).containsEntry("loyaltyTier", TextNode.valueOf("gold"));
    }
  }

  @Nested
  @JourneyFake(rateLimitPerMinute = 2)
  class RateLimit {
    @Test
    void theThirdCallOfTheMinuteIsRateLimited(JourneyClient client) {
      client.segments().list();
      client.segments().list();
      assertThatThrownBy(() -> client.segments().list()).isInstanceOf(RateLimitedException.class);
    }
  }

  @Nested
  @JourneyFake(profile = ApiProfile.CURRENT)
  class Profile {
    @Test
    void outcomeEndpointsAreGone(JourneyClient client) {
      assertThatThrownBy(() -> client.outcomes().list())
          .isInstanceOfSatisfying(JourneyApiException.class, e -> assertThat(e.status()).isEqualTo(410));
    }
  }

  @Nested
  @JourneyFake(seed = 42, clock = "2026-03-10T10:00:00Z")
  class SeedAndClock {
    @Test
    void idsComeFromTheSeedAndDatesFromTheClock(JourneyClient client) {
      JourneySegment stored = client.segments().create(segment("S").build());
      assertThat(stored.id()).isEqualTo(IdSource.seeded(42).nextId());
      assertThat(stored.createdDate()).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
    }

    @Test
    void everyTestStartsTheSequenceAgain(JourneyClient client) {
      assertThat(client.segments().create(segment("T").build()).id()).isEqualTo(IdSource.seeded(42).nextId());
    }
  }

  @Nested
  @JourneyFake(http = true)
  class Http {
    @Test
    void theServerIsRunningAndServesTheInjectedFake(FakeJourneyServer server, FakeJourneyApi fake) throws Exception {
      fake.client().segments().create(segment("Over HTTP").build());
      HttpProbe.Answer answer = HttpProbe.get(server.baseUri() + "/api/v2/journey/segments", "any-token");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).contains("Over HTTP");
      assertThat(server.api()).isSameAs(fake);
    }
  }

  @Nested
  @JourneyFake(http = true, bearerToken = "fixed-token")
  class BearerToken {
    @Test
    void onlyTheFixedTokenIsAccepted(FakeJourneyServer server) throws Exception {
      String segments = server.baseUri() + "/api/v2/journey/segments";
      assertThat(HttpProbe.get(segments, "other-token").status()).isEqualTo(401);
      assertThat(HttpProbe.get(segments, "fixed-token").status()).isEqualTo(200);
    }
  }

  @Nested
  @JourneyFake(http = true, clientId = "ci", clientSecret = "s3cret", tokenLifetimeSeconds = 600)
  class ClientCredentials {
    @Test
    void theTokenEndpointAcceptsOnlyTheConfiguredClient(FakeJourneyServer server) throws Exception {
      assertThat(HttpProbe.token(server.tokenUri(), "ci", "wrong").status()).isEqualTo(401);
      HttpProbe.Answer issued = HttpProbe.token(server.tokenUri(), "ci", "s3cret");
      assertThat(issued.status()).isEqualTo(200);
      assertThat(issued.body()).contains("\"expires_in\":600");
      String segments = server.baseUri() + "/api/v2/journey/segments";
      assertThat(HttpProbe.get(segments, "made-up").status()).isEqualTo(401);
      assertThat(HttpProbe.get(segments, HttpProbe.accessToken(issued)).status()).isEqualTo(200);
    }
  }

  @Nested
  @JourneyFake(http = true, host = "localhost")
  class Host {
    @Test
    void theServerBindsTheGivenHost(FakeJourneyServer server) {
      assertThat(server.baseUri().getHost()).isEqualTo("localhost");
    }
  }
}
