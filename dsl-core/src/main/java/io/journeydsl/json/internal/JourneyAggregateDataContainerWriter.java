package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.analytics.JourneyAggregateDataContainer;
import io.journeydsl.analytics.JourneyDimension;
import java.io.IOException;
import java.util.Map;

/** Writes {@link JourneyAggregateDataContainer}, one group of an aggregates response. */
final class JourneyAggregateDataContainerWriter extends BuilderWriter<JourneyAggregateDataContainer> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString GROUP = new SerializedString("group");
  private static final SerializableString DATA = new SerializedString("data");

  JourneyAggregateDataContainerWriter() {
    super(JourneyAggregateDataContainer.class, JourneyAggregateDataContainer::unknownFields);
  }

  @Override
  void fields(JourneyAggregateDataContainer value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    Map<JourneyDimension, String> group = value.group();
    if (group != null) {
      // What Jackson's map serializer writes: each dimension by its wire value (its @JsonValue).
      gen.writeFieldName(GROUP);
      gen.writeStartObject(group);
      for (Map.Entry<JourneyDimension, String> entry : group.entrySet()) {
        gen.writeStringField(entry.getKey().value(), entry.getValue());
      }
      gen.writeEndObject();
    }
    list(DATA, value.data(), gen, provider);
  }
}
