package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.analytics.StatisticalSummary;
import java.io.IOException;

/** Writes {@link StatisticalSummary}, the object an aggregates response holds most of. */
final class StatisticalSummaryWriter extends BuilderWriter<StatisticalSummary> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString MAX = new SerializedString("max");
  private static final SerializableString MIN = new SerializedString("min");
  private static final SerializableString COUNT = new SerializedString("count");
  private static final SerializableString COUNT_NEGATIVE = new SerializedString("countNegative");
  private static final SerializableString COUNT_POSITIVE = new SerializedString("countPositive");
  private static final SerializableString SUM = new SerializedString("sum");
  private static final SerializableString CURRENT = new SerializedString("current");
  private static final SerializableString RATIO = new SerializedString("ratio");
  private static final SerializableString NUMERATOR = new SerializedString("numerator");
  private static final SerializableString DENOMINATOR = new SerializedString("denominator");
  private static final SerializableString TARGET = new SerializedString("target");
  private static final SerializableString P95 = new SerializedString("p95");
  private static final SerializableString P99 = new SerializedString("p99");
  private static final SerializableString CALCULATED_METRIC_VALUE = new SerializedString("calculatedMetricValue");

  StatisticalSummaryWriter() {
    super(StatisticalSummary.class, StatisticalSummary::unknownFields);
  }

  @Override
  void fields(StatisticalSummary value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    decimal(MAX, value.max(), gen);
    decimal(MIN, value.min(), gen);
    integer(COUNT, value.count(), gen);
    integer(COUNT_NEGATIVE, value.countNegative(), gen);
    integer(COUNT_POSITIVE, value.countPositive(), gen);
    decimal(SUM, value.sum(), gen);
    decimal(CURRENT, value.current(), gen);
    decimal(RATIO, value.ratio(), gen);
    decimal(NUMERATOR, value.numerator(), gen);
    decimal(DENOMINATOR, value.denominator(), gen);
    decimal(TARGET, value.target(), gen);
    integer(P95, value.p95(), gen);
    integer(P99, value.p99(), gen);
    integer(CALCULATED_METRIC_VALUE, value.calculatedMetricValue(), gen);
  }
}
