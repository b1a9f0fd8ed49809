package io.journeydsl.client;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
  public ActionMap create(Consumer<ActionMap.Builder> spec) {
    ActionMap.Builder builder = ActionMap.builder();
    spec.accept(builder);
    return endpoints.create(builder.build());
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
  public ActionMap patch(String actionMapId, Consumer<PatchActionMap.Builder> spec) {
    PatchActionMap.Builder builder = PatchActionMap.builder();
    spec.accept(builder);
    return endpoints.patch(actionMapId, builder.build());
  }

  @Override
  public void delete(String actionMapId) {
    endpoints.delete(actionMapId, operation -> { });
  }

  @Override
  public Listing<ActionMap> list(ActionMapQuery query) {
    return endpoints.list(query::applyTo);
  }

  @Override
  public Listing<ActionMap> list(Consumer<ActionMapQuery.Builder> spec) {
    ActionMapQuery.Builder builder = ActionMapQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  @Override
  public Listing<ActionMap> list() {
    return list(ActionMapQuery.all());
  }

  @Override
  public Stream<ActionMap> stream(ActionMapQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  @Override
  public Stream<ActionMap> stream(Consumer<ActionMapQuery.Builder> spec) {
    ActionMapQuery.Builder builder = ActionMapQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  @Override
  public Stream<ActionMap> stream() {
    return stream(ActionMapQuery.all());
  }
}
