package io.journeydsl.actionmap;

import io.journeydsl.internal.Args;
import io.journeydsl.model.MediaType;
import jakarta.annotation.Nullable;

/**
 * Offers a (legacy) web chat ({@code webchat}; deprecated by Genesys in favour of web messaging).
 *
 * @param props the prompt, texts and survey of the chat offer
 * @param actionTargetId the action target that receives the chat, or {@code null}
 * @param isPacingEnabled whether offers are throttled, or {@code null} for the API default
 */
public record WebchatAction(ActionProperties props, @Nullable String actionTargetId, @Nullable Boolean isPacingEnabled)
    implements Action {
  /** Checks the properties are present. */
  public WebchatAction {
    Args.requireNonNull(props, "webchat props");
  }

  @Override
  public MediaType mediaType() {
    return MediaType.WEBCHAT;
  }

  @Override
  public ActionMapAction toWire() {
    return ActionMapAction.builder().mediaType(mediaType()).props(props)
        .actionTargetId(actionTargetId).isPacingEnabled(isPacingEnabled).build();
  }
}
