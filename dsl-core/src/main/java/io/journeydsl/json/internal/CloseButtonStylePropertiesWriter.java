package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.CloseButtonStyleProperties;
import java.io.IOException;

/** Writes {@link CloseButtonStyleProperties}, the style of a content offer's close button. */
final class CloseButtonStylePropertiesWriter extends BuilderWriter<CloseButtonStyleProperties> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString COLOR = new SerializedString("color");
  private static final SerializableString OPACITY = new SerializedString("opacity");

  CloseButtonStylePropertiesWriter() {
    super(CloseButtonStyleProperties.class, CloseButtonStyleProperties::unknownFields);
  }

  @Override
  void fields(CloseButtonStyleProperties value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(COLOR, value.color(), gen);
    object(OPACITY, value.opacity(), gen, provider);
  }
}
