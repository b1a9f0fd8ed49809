package io.journeydsl.client;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapListing;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@link ActionMapClient} over a transport. */
final class DefaultActionMapClient implements ActionMapClient {
  private final Endpoints<ActionMap, PatchActionMap, ActionMapListing> endpoints;

  DefaultActionMapClient(JourneyTransport transport) {
    this.endpoints = new Endpoints<>(transport, "actionMapId", ActionMap.class, ActionMapListing.class,
        Operation.POST_JOURNEY_ACTIONMAPS, Operation.GET_JOURNEY_ACTIONMAP, Operation.PATCH_JOURNEY_ACTIONMAP,
        Operation.DELETE_JOURNEY_ACTIONMAP, Operation.GET_JOURNEY_ACTIONMAPS);
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
  public ActionMapListing list(ActionMapQuery query) {
    return endpoints.list(query::applyTo);
  }

  @Override
  public ActionMapListing list(Consumer<ActionMapQuery.Builder> spec) {
    ActionMapQuery.Builder builder = ActionMapQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  @Override
  public ActionMapListing list() {
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
