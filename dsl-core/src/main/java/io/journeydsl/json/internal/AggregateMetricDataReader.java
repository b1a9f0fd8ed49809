package io.journeydsl.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.analytics.AggregateMetricData;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.analytics.StatisticalSummary;
import java.util.List;

/** Reads {@link AggregateMetricData}, the statistics of one metric in an aggregates response, into its builder. */
final class AggregateMetricDataReader extends BuilderReader<AggregateMetricData.Builder> {
  private static final long serialVersionUID = 1L;
  private static final List<String> NAMES = List.of("metric", "qualifier", "stats");

  AggregateMetricDataReader(JsonDeserializer<?> generic) {
    super(generic, NAMES);
  }

  @Override
  BuilderReader<AggregateMetricData.Builder> withGeneric(JsonDeserializer<?> generic) {
    return new AggregateMetricDataReader(generic);
  }

  @Override
  AggregateMetricData.Builder builder() {
    return AggregateMetricData.builder();
  }

  @Override
  int indexOf(String name) {
    return switch (name) {
      case "metric" -> 0;
      case "qualifier" -> 1;
      case "stats" -> 2;
      default -> -1;
    };
  }

  @Override
  void set(AggregateMetricData.Builder builder, int index, Object value) {
    switch (index) {
      case 0 -> builder.metric((JourneyMetric) value);
      case 1 -> builder.qualifier((String) value);
      default -> builder.stats((StatisticalSummary) value);
    }
  }

  @Override
  void unknown(AggregateMetricData.Builder builder, String name, JsonNode value) {
    builder.putUnknownField(name, value);
  }

  @Override
  Object build(AggregateMetricData.Builder builder) {
    return builder.build();
  }
}
