package io.journeydsl.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.analytics.StatisticalSummary;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads {@link StatisticalSummary} into its builder. An aggregates response holds one per metric and
 * view of every interval, so this is the object read most often of all.
 */
final class StatisticalSummaryReader extends BuilderReader<StatisticalSummary.Builder> {
  private static final long serialVersionUID = 1L;
  private static final List<String> NAMES = List.of("max", "min", "count", "countNegative", "countPositive", "sum",
      "current", "ratio", "numerator", "denominator", "target", "p95", "p99", "calculatedMetricValue");

  StatisticalSummaryReader(JsonDeserializer<?> generic) {
    super(generic, NAMES);
  }

  @Override
  BuilderReader<StatisticalSummary.Builder> withGeneric(JsonDeserializer<?> generic) {
    return new StatisticalSummaryReader(generic);
  }

  @Override
  StatisticalSummary.Builder builder() {
    return StatisticalSummary.builder();
  }

  @Override
  int indexOf(String name) {
    return switch (name) {
      case "max" -> 0;
      case "min" -> 1;
      case "count" -> 2;
      case "countNegative" -> 3;
      case "countPositive" -> 4;
      case "sum" -> 5;
      case "current" -> 6;
      case "ratio" -> 7;
      case "numerator" -> 8;
      case "denominator" -> 9;
      case "target" -> 10;
      case "p95" -> 11;
      case "p99" -> 12;
      case "calculatedMetricValue" -> 13;
      default -> -1;
    };
  }

  @Override
  void set(StatisticalSummary.Builder builder, int index, Object value) {
    switch (index) {
      case 0 -> builder.max((BigDecimal) value);
      case 1 -> builder.min((BigDecimal) value);
      case 2 -> builder.count((Long) value);
      case 3 -> builder.countNegative((Long) value);
      case 4 -> builder.countPositive((Long) value);
      case 5 -> builder.sum((BigDecimal) value);
      case 6 -> builder.current((BigDecimal) value);
      case 7 -> builder.ratio((BigDecimal) value);
      case 8 -> builder.numerator((BigDecimal) value);
      case 9 -> builder.denominator((BigDecimal) value);
      case 10 -> builder.target((BigDecimal) value);
      case 11 -> builder.p95((Long) value);
      case 12 -> builder.p99((Long) value);
      default -> builder.calculatedMetricValue((Integer) value);
    }
  }

  @Override
  void unknown(StatisticalSummary.Builder builder, String name, JsonNode value) {
    builder.putUnknownField(name, value);
  }

  @Override
  Object build(StatisticalSummary.Builder builder) {
    return builder.build();
  }
}
