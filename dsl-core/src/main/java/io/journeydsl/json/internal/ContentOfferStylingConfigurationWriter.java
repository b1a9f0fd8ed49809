package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.ContentOfferStylingConfiguration;
import java.io.IOException;

/** Writes {@link ContentOfferStylingConfiguration}, the styling of a content offer. */
final class ContentOfferStylingConfigurationWriter extends BuilderWriter<ContentOfferStylingConfiguration> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString POSITION = new SerializedString("position");
  private static final SerializableString OFFER = new SerializedString("offer");
  private static final SerializableString CLOSE_BUTTON = new SerializedString("closeButton");
  private static final SerializableString CTA_BUTTON = new SerializedString("ctaButton");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString HEADLINE = new SerializedString("headline");
  private static final SerializableString BODY = new SerializedString("body");

  ContentOfferStylingConfigurationWriter() {
    super(ContentOfferStylingConfiguration.class, ContentOfferStylingConfiguration::unknownFields);
  }

  @Override
  void fields(ContentOfferStylingConfiguration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    object(POSITION, value.position(), gen, provider);
    object(OFFER, value.offer(), gen, provider);
    object(CLOSE_BUTTON, value.closeButton(), gen, provider);
    object(CTA_BUTTON, value.ctaButton(), gen, provider);
    object(TITLE, value.title(), gen, provider);
    object(HEADLINE, value.headline(), gen, provider);
    object(BODY, value.body(), gen, provider);
  }
}
