package io.journeydsl.testkit.junit;

import static io.journeydsl.Journey.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.error.ConflictException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A static {@code @RegisterExtension} field: one fake and one server for the class, reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisteredPerClassTest {

  @RegisterExtension
  static FakeJourneyApiExtension fake = FakeJourneyApiExtension.builder()
      .http()
      .clientCredentials("ci", "s3cret")
      .rejectDuplicateNames(true)
      .seed(7)
      .bundleResource("bundles/pricing.json")
      .build();

  private static FakeJourneyApi firstApi;
  private static int firstPort;
  private static String firstSegmentId;

  @Test
  @Order(1)
  void theFirstTestSeesTheBundle(FakeJourneyApi api, FakeJourneyServer server) {
    assertThat(api).isSameAs(fake.api()).isSameAs(server.api());
    assertThat(fake.baseUri()).isEqualTo(server.baseUri());
    assertThat(api.segments()).extracting(JourneySegment::displayName).containsExactly("Pricing visitors");
    api.client().segments().create(segment("Left behind").build());
    firstApi = api;
    firstPort = server.port();
    firstSegmentId = api.segments().get(0).id();
  }

  @Test
  @Order(2)
  void theNextTestGetsTheSameFakeResetWithTheSameIds(FakeJourneyApi api, FakeJourneyServer server) {
    assertThat(api).isSameAs(firstApi);
    assertThat(server.port()).isEqualTo(firstPort);
    assertThat(api.segments()).extracting(JourneySegment::displayName).containsExactly("Pricing visitors");
    assertThat(api.segments().get(0).id()).isEqualTo(firstSegmentId);
    assertThat(api.journal().calls()).isEmpty();
  }

  @Test
  @Order(3)
  void theSwitchesApply() throws Exception {
    assertThatThrownBy(() -> fake.client().segments().create(segment("Pricing visitors").build()))
        .isInstanceOf(ConflictException.class);
    assertThat(HttpProbe.token(fake.server().tokenUri(), "someone", "else").status()).isEqualTo(401);
    HttpProbe.Answer issued = HttpProbe.token(fake.server().tokenUri(), "ci", "s3cret");
    assertThat(HttpProbe.get(fake.baseUri() + "/api/v2/journey/segments", HttpProbe.accessToken(issued)).body())
        .contains("Pricing visitors");
  }
}
