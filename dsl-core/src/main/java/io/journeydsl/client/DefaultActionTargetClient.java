package io.journeydsl.client;

import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;

/** {@link ActionTargetClient} over a transport. */
final class DefaultActionTargetClient implements ActionTargetClient {
  private final Endpoints<ActionTarget, PatchActionTarget> endpoints;

  DefaultActionTargetClient(JourneyTransport transport) {
    this.endpoints = new Endpoints<>(transport, ApiCollection.ACTION_TARGETS, ActionTarget.class);
  }

  @Override
  public ActionTarget get(String actionTargetId) {
    return endpoints.get(actionTargetId);
  }

  @Override
  public Optional<ActionTarget> find(String actionTargetId) {
    return endpoints.find(actionTargetId);
  }

  @Override
  public ActionTarget patch(String actionTargetId, @Nullable PatchActionTarget body) {
    return endpoints.patch(actionTargetId, body);
  }

  @Override
  public Listing<ActionTarget> list(ActionTargetQuery query) {
    return endpoints.list(query::applyTo);
  }
}
