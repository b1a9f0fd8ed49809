package io.journeydsl.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.json.JourneyJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Aggregate results read as typed rows: metrics and dimensions as constants, ids shown by name. */
class AggregateRowsTest {
  private static final ObjectMapper JSON = JourneyJson.mapper();
  private static final String RESPONSE = "{\"results\":[{\"group\":{\"journeyActionMapId\":\"map-1\","
      + "\"journeyDeviceType\":\"mobile\",\"journeyFutureDimension\":\"x\"},\"data\":[{\"interval\":"
      + "\"2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z\",\"metrics\":[{\"metric\":\"nWebActionsOffered\","
      + "\"stats\":{\"count\":7}},{\"metric\":\"nFutureMetric\",\"stats\":{\"count\":2}}]}]}]}";

  @Test
  void groupsAndMetricsAreReadAsConstantsAndWrittenBackUnchanged() throws Exception {
    JourneyAggregateQueryResponse response = JSON.readValue(RESPONSE, JourneyAggregateQueryResponse.class);

    JourneyAggregateDataContainer container = response.results().get(0);
    assertThat(container.group()).containsEntry(JourneyDimension.JOURNEY_ACTION_MAP_ID, "map-1")
        .containsEntry(JourneyDimension.JOURNEY_DEVICE_TYPE, "mobile");
    assertThat(container.group().keySet()).filteredOn(d -> !d.isKnown()).extracting(JourneyDimension::value)
        .containsExactly("journeyFutureDimension");
    assertThat(container.data().get(0).metrics().get(0).metric()).isEqualTo(JourneyMetric.N_WEB_ACTIONS_OFFERED);
    assertThat(JSON.writeValueAsString(response)).isEqualTo(RESPONSE);
  }

  @Test
  void rowsFlattenGroupIntervalAndMetricAndNameTheIdsTheyKnow() throws Exception {
    JourneyAggregateQueryResponse response = JSON.readValue(RESPONSE, JourneyAggregateQueryResponse.class);

    List<AggregateRow> plain = response.rows();
    List<AggregateRow> named = response.rows(GroupNames.of(Map.of(ApiCollection.ACTION_MAPS, Map.of("map-1", "Offer the sale"))));

    assertThat(plain).extracting(AggregateRow::metric, AggregateRow::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple(JourneyMetric.N_WEB_ACTIONS_OFFERED, 7L),
        org.assertj.core.groups.Tuple.tuple(JourneyMetric.of("nFutureMetric"), 2L));
    assertThat(plain).allSatisfy(row -> {
      assertThat(row.interval()).isEqualTo("2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z");
      assertThat(row.label(JourneyDimension.JOURNEY_ACTION_MAP_ID)).isEqualTo("map-1");
    });
    assertThat(named).allSatisfy(row -> {
      assertThat(row.label(JourneyDimension.JOURNEY_ACTION_MAP_ID)).isEqualTo("Offer the sale");
      assertThat(row.value(JourneyDimension.JOURNEY_ACTION_MAP_ID)).contains("map-1");
      // Only dimensions that hold ids are named; a device type is shown as it came.
      assertThat(row.label(JourneyDimension.JOURNEY_DEVICE_TYPE)).isEqualTo("mobile");
      assertThat(row.label(JourneyDimension.JOURNEY_OUTCOME_ID)).isEmpty();
    });
  }

  @Test
  void aResponseWithoutResultsHasNoRows() {
    assertThat(JourneyAggregateQueryResponse.builder().build().rows()).isEmpty();
  }
}
