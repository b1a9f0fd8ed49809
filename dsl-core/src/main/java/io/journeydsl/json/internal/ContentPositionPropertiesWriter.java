package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.ContentPositionProperties;
import java.io.IOException;

/** Writes {@link ContentPositionProperties}, the position of a content offer. */
final class ContentPositionPropertiesWriter extends BuilderWriter<ContentPositionProperties> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString TOP = new SerializedString("top");
  private static final SerializableString BOTTOM = new SerializedString("bottom");
  private static final SerializableString LEFT = new SerializedString("left");
  private static final SerializableString RIGHT = new SerializedString("right");

  ContentPositionPropertiesWriter() {
    super(ContentPositionProperties.class, ContentPositionProperties::unknownFields);
  }

  @Override
  void fields(ContentPositionProperties value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(TOP, value.top(), gen);
    string(BOTTOM, value.bottom(), gen);
    string(LEFT, value.left(), gen);
    string(RIGHT, value.right(), gen);
  }
}
