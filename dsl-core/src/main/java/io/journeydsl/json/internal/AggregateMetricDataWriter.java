package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.analytics.AggregateMetricData;
import java.io.IOException;

/** Writes {@link AggregateMetricData}, the statistics of one metric in an aggregates response. */
final class AggregateMetricDataWriter extends BuilderWriter<AggregateMetricData> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString METRIC = new SerializedString("metric");
  private static final SerializableString QUALIFIER = new SerializedString("qualifier");
  private static final SerializableString STATS = new SerializedString("stats");

  AggregateMetricDataWriter() {
    super(AggregateMetricData.class, AggregateMetricData::unknownFields);
  }

  @Override
  void fields(AggregateMetricData value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    openEnum(METRIC, value.metric(), gen);
    string(QUALIFIER, value.qualifier(), gen);
    object(STATS, value.stats(), gen, provider);
  }
}
