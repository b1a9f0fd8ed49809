package io.journeydsl.actionmap;

import io.journeydsl.model.MediaType;
import io.journeydsl.json.JourneyJson;

/**
 * What an action map does when it triggers, one variant per media type. Each variant carries
 * exactly the fields of its media type, so {@code mediaType} and its fields cannot disagree; it
 * becomes the flat wire {@link ActionMapAction} (or {@link PatchAction}) only when sent.
 */
public sealed interface Action
    permits ContentOfferAction, WebMessagingOfferAction, ArchitectFlowAction, OpenAction, WebchatAction,
        IntegrationAction {

  /** The wire media type of this variant. */
  MediaType mediaType();

  /** The wire form used in an action map. */
  ActionMapAction toWire();

  /** The wire form used in an action map PATCH (same fields; {@code mediaType} always present). */
  default PatchAction toPatch() {
    return JourneyJson.mapper().convertValue(toWire(), PatchAction.class);
  }
}
