package io.journeydsl.actionmap;

import io.journeydsl.ids.ActionTargetId;
import io.journeydsl.internal.Args;
import io.journeydsl.model.MediaType;
import jakarta.annotation.Nullable;

/**
 * Offers a (legacy) web chat ({@code webchat}; deprecated by Genesys in favour of web messaging).
 *
 * @param props the prompt, texts and survey of the chat offer
 * @param actionTarget the action target that receives the chat, or {@code null}
 * @param isPacingEnabled whether offers are throttled, or {@code null} for the API default
 */
public record WebchatAction(ActionProperties props, @Nullable ActionTargetId actionTarget, @Nullable Boolean isPacingEnabled)
    implements Action {
  /** Checks the properties are present. */
  public WebchatAction {
    Args.requireNonNull(props, "webchat props");
  }

  /** The same offer, routed to the action target {@code target}. */
  public WebchatAction routedTo(ActionTargetId target) {
    return new WebchatAction(props, Args.requireNonNull(target, "actionTarget"), isPacingEnabled);
  }

  /** The same offer, throttled ({@code true}) or not ({@code false}) by the API's pacing. */
  public WebchatAction pacing(boolean enabled) {
    return new WebchatAction(props, actionTarget, enabled);
  }

  @Override
  public MediaType mediaType() {
    return MediaType.WEBCHAT;
  }

  @Override
  public ActionMapAction toWire() {
    return ActionMapAction.builder().mediaType(mediaType()).props(props)
        .actionTargetId(actionTarget == null ? null : actionTarget.value()).isPacingEnabled(isPacingEnabled).build();
  }
}
