package io.journeydsl.client;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;

/** {@link ActionMapClient} over a transport. */
final class DefaultActionMapClient implements ActionMapClient {
  private final Endpoints<ActionMap, PatchActionMap> endpoints;

  DefaultActionMapClient(JourneyTransport transport) {
    this.endpoints = new Endpoints<>(transport, ApiCollection.ACTION_MAPS, ActionMap.class);
  }

  @Override
  public ActionMap create(@Nullable ActionMap body) {
    return endpoints.create(body);
  }

  @Override
  public ActionMap get(String actionMapId) {
    return endpoints.get(actionMapId);
  }

  @Override
  public Optional<ActionMap> find(String actionMapId) {
    return endpoints.find(actionMapId);
  }

  @Override
  public ActionMap patch(String actionMapId, @Nullable PatchActionMap body) {
    return endpoints.patch(actionMapId, body);
  }

  @Override
  public void delete(String actionMapId) {
    endpoints.delete(actionMapId, operation -> { });
  }

  @Override
  public Listing<ActionMap> list(ActionMapQuery query) {
    return endpoints.list(query::applyTo);
  }
}
