package io.journeydsl.client;

import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
  public ActionTarget patch(String actionTargetId, Consumer<PatchActionTarget.Builder> spec) {
    PatchActionTarget.Builder builder = PatchActionTarget.builder();
    spec.accept(builder);
    return endpoints.patch(actionTargetId, builder.build());
  }

  @Override
  public Listing<ActionTarget> list(ActionTargetQuery query) {
    return endpoints.list(query::applyTo);
  }

  @Override
  public Listing<ActionTarget> list(Consumer<ActionTargetQuery.Builder> spec) {
    ActionTargetQuery.Builder builder = ActionTargetQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  @Override
  public Listing<ActionTarget> list() {
    return list(ActionTargetQuery.all());
  }

  @Override
  public Stream<ActionTarget> stream(ActionTargetQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  @Override
  public Stream<ActionTarget> stream(Consumer<ActionTargetQuery.Builder> spec) {
    ActionTargetQuery.Builder builder = ActionTargetQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  @Override
  public Stream<ActionTarget> stream() {
    return stream(ActionTargetQuery.all());
  }
}
