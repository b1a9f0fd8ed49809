package io.journeydsl.testkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.StatisticalResponse;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.Detail;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.JourneyEvent;
import io.journeydsl.testkit.JourneyEventType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval and granularity of an aggregates query, read as strict ISO-8601 as the API reads them. */
class QueryWindowTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final JourneyClient client = fake.client();

  private static JourneyAggregationQuery query(String interval, String granularity) {
    String json = "{\"interval\":\"" + interval + "\"," + (granularity == null ? "" : "\"granularity\":\"" + granularity + "\",")
        + "\"metrics\":[\"nWebActionsOffered\"]}";
    try {
      return JourneyJson.mapper().readValue(json, JourneyAggregationQuery.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void offered(String... instants) {
    int session = 0;
    for (String instant : instants) {
      fake.analytics().record(JourneyEvent.of(JourneyEventType.ACTION_OFFERED, Instant.parse(instant), "s" + session++));
    }
  }

  private Detail rejected(JourneyAggregationQuery query) {
    BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.analytics().query(query));
    assertThat(e).as("a 400").isNotNull();
    return e.details().get(0);
  }

  @Test
  void aGranularityWithCalendarAndClockPartsStepsAMonthAndAnHour() {
    // 00:30 on 1 February still falls in the first bucket only because P1MT1H adds the hour.
    offered("2024-01-15T00:00:00Z", "2024-02-01T00:30:00Z", "2024-02-20T00:00:00Z");

    List<StatisticalResponse> data = client.analytics()
        .query(query("2024-01-01T00:00:00.000Z/2024-03-01T02:00:00.000Z", "P1MT1H"))
        .results().get(0).data();

    assertThat(data).extracting(StatisticalResponse::interval).containsExactly(
        "2024-01-01T00:00:00.000Z/2024-02-01T01:00:00.000Z",
        "2024-02-01T01:00:00.000Z/2024-03-01T02:00:00.000Z");
    assertThat(data).extracting(d -> d.metrics().get(0).stats().count()).containsExactly(2L, 1L);
  }

  @Test
  void aGranularityThatLeavesAShorterLastBucketOrExceedsTheIntervalIsRefused() {
    Detail uneven = rejected(query("2024-01-01T00:00:00.000Z/2024-01-08T00:00:00.000Z", "PT5H"));
    Detail tooLong = rejected(query("2024-01-01T00:00:00.000Z/2024-01-08T00:00:00.000Z", "P1M"));

    assertThat(uneven.fieldName()).isEqualTo("granularity");
    assertThat(uneven.errorCode()).isEqualTo("invalid.value");
    assertThat(tooLong.fieldName()).isEqualTo("granularity");
  }

  @Test
  void aDateThatDoesNotExistIsRefusedNotRolledOver() {
    Detail detail = rejected(query("2024-02-30T00:00:00.000Z/2024-03-02T00:00:00.000Z", null));

    assertThat(detail.fieldName()).isEqualTo("interval");
    assertThat(detail.errorCode()).isEqualTo("invalid.date");
  }

  @Test
  void aFractionalDayGranularityIsRefused() {
    Detail detail = rejected(query("2024-03-01T00:00:00.000Z/2024-03-02T00:00:00.000Z", "P1.5D"));

    assertThat(detail.fieldName()).isEqualTo("granularity");
    assertThat(detail.errorCode()).isEqualTo("invalid.value");
  }
}
