package io.journeydsl.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.model.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JourneyOperationTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n"})
  void aMissingOrBlankPathParameterIsNamed(String id) {
    JourneyOperation.Builder<JourneySegment> builder =
        JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENT, JourneySegment.class).pathParameter("segmentId", id);
    assertThatThrownBy(builder::build)
        .isInstanceOf(MissingParameterException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing the required parameter 'segmentId' when calling getJourneySegment")
        .satisfies(e -> {
          assertThat(((MissingParameterException) e).parameter()).isEqualTo("segmentId");
          assertThat(((MissingParameterException) e).operation()).isEqualTo(Operation.GET_JOURNEY_SEGMENT);
        });
  }

  @Test
  void aPathParameterNeverSetIsMissing() {
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.DELETE_JOURNEY_ACTIONMAP, Void.class).build())
        .isInstanceOf(MissingParameterException.class)
        .hasMessageContaining("'actionMapId'");
  }

  @Test
  void theAnalyticsBodyIsRequired() {
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY,
        JourneyAggregateQueryResponse.class).build())
        .isInstanceOf(MissingParameterException.class)
        .hasMessage("Missing the required parameter 'body' when calling postAnalyticsJourneysAggregatesQuery");
  }

  @Test
  void unknownParametersWrongBodiesAndWrongResponseTypesAreRejected() {
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENTS, Listing.class)
        .queryParameter("filterField", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no query parameter 'filterField'");
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENT, JourneySegment.class)
        .pathParameter("outcomeId", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no path parameter 'outcomeId'");
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENT, JourneySegment.class)
        .body(JourneySegment.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no request body");
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.PATCH_JOURNEY_SEGMENT, JourneySegment.class)
        .body(JourneySegment.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a PatchSegment body");
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENT, Listing.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("returns JourneySegment");
    assertThatThrownBy(() -> JourneyOperation.builder(Operation.DELETE_JOURNEY_SEGMENT, JourneySegment.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("returns Void");
  }

  @Test
  void queryParametersAreKeptInApiOrderAndAbsentOnesAreNotSent() {
    JourneyOperation<Listing> op = JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENTS, Listing.class)
        .queryParameter("queryValue", "x")
        .queryParameter("segmentIds", List.of("a", "b"))
        .queryParameter("pageNumber", 2)
        .queryParameter("isActive", (Object) null)
        .queryParameter("queryFields", List.of())
        .queryParameter("sortBy", "name")
        .build();
    assertThat(op.queryParameters()).containsExactly(
        java.util.Map.entry("sortBy", List.of("name")),
        java.util.Map.entry("pageNumber", List.of("2")),
        java.util.Map.entry("segmentIds", List.of("a", "b")),
        java.util.Map.entry("queryValue", List.of("x")));
    assertThat(op.queryString()).isEqualTo("sortBy=name&pageNumber=2&segmentIds=a&segmentIds=b&queryValue=x");
    assertThat(op.pathAndQuery()).isEqualTo("/api/v2/journey/segments?" + op.queryString());
  }

  @Test
  void aLaterValueReplacesAnEarlierOne() {
    JourneyOperation<Listing> op = JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENTS, Listing.class)
        .queryParameter("pageSize", 10).queryParameter("pageSize", 20).build();
    assertThat(op.queryString()).isEqualTo("pageSize=20");
  }

  @Test
  void theOperationIsImmutableAndAValue() {
    PatchSegment body = PatchSegment.builder().displayName("secret-ish").build();
    JourneyOperation<JourneySegment> a = JourneyOperation.builder(Operation.PATCH_JOURNEY_SEGMENT, JourneySegment.class)
        .pathParameter("segmentId", "s 1").body(body).build();
    JourneyOperation<JourneySegment> b = JourneyOperation.builder(Operation.PATCH_JOURNEY_SEGMENT, JourneySegment.class)
        .pathParameter("segmentId", "s 1").body(body).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo("PATCH_JOURNEY_SEGMENT PATCH /api/v2/journey/segments/s%201")
        .doesNotContain("secret-ish");
    assertThatThrownBy(() -> a.pathParameters().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.queryParameters().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void encodingIsStrictPercentEncoding() {
    JourneyOperation<JourneySegment> op = JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENT, JourneySegment.class)
        .pathParameter("segmentId", "a+b c/d?e#f&g=h%i~j.k_l-m😀").build();
    assertThat(op.path()).isEqualTo(
        "/api/v2/journey/segments/a%2Bb%20c%2Fd%3Fe%23f%26g%3Dh%25i~j.k_l-m%F0%9F%98%80");
  }
}
