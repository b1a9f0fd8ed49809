package io.journeydsl.testkit.simulator;

import io.journeydsl.model.MediaType;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * An action offered to a visitor.
 *
 * @param visitorId the visitor
 * @param sessionId the session it was offered in
 * @param actionMap the action map's display name
 * @param mediaType the action's media type, or {@code null} when the map has none
 * @param actionTemplate the content offer template's name (or id when not in the configuration), or {@code null}
 * @param at when it was shown
 * @param step the 1-based number of the visitor's event during which it was shown
 * @param response the visitor's answer
 */
public record Offer(String visitorId, String sessionId, String actionMap, @Nullable MediaType mediaType,
    @Nullable String actionTemplate, Instant at, int step, Response response) {

  /** Validates. */
  public Offer {
    Objects.requireNonNull(visitorId, "visitorId");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(actionMap, "actionMap");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(response, "response");
  }
}
