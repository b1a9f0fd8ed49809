package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.ContentOffer;
import java.io.IOException;

/** Writes {@link ContentOffer}, the content offer of an action template. */
final class ContentOfferWriter extends BuilderWriter<ContentOffer> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString IMAGE_URL = new SerializedString("imageUrl");
  private static final SerializableString DISPLAY_MODE = new SerializedString("displayMode");
  private static final SerializableString LAYOUT_MODE = new SerializedString("layoutMode");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString HEADLINE = new SerializedString("headline");
  private static final SerializableString BODY = new SerializedString("body");
  private static final SerializableString CALL_TO_ACTION = new SerializedString("callToAction");
  private static final SerializableString STYLE = new SerializedString("style");
  private static final SerializableString IMAGE_ALT_TEXT = new SerializedString("imageAltText");

  ContentOfferWriter() {
    super(ContentOffer.class, ContentOffer::unknownFields);
  }

  @Override
  void fields(ContentOffer value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(IMAGE_URL, value.imageUrl(), gen);
    openEnum(DISPLAY_MODE, value.displayMode(), gen);
    openEnum(LAYOUT_MODE, value.layoutMode(), gen);
    string(TITLE, value.title(), gen);
    string(HEADLINE, value.headline(), gen);
    string(BODY, value.body(), gen);
    object(CALL_TO_ACTION, value.callToAction(), gen, provider);
    object(STYLE, value.style(), gen, provider);
    string(IMAGE_ALT_TEXT, value.imageAltText(), gen);
  }
}
