package io.journeydsl.actionmap;

import io.journeydsl.model.MediaType;

/**
 * Calls an integration ({@code integrationAction}). The API defines no media-type fields for it, so
 * the wire action carries the media type alone.
 */
public record IntegrationAction() implements Action {
  @Override
  public MediaType mediaType() {
    return MediaType.INTEGRATION_ACTION;
  }

  @Override
  public ActionMapAction toWire() {
    return ActionMapAction.builder().mediaType(mediaType()).build();
  }
}
