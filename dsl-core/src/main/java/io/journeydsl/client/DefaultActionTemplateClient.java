package io.journeydsl.client;

import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@link ActionTemplateClient} over a transport. */
final class DefaultActionTemplateClient implements ActionTemplateClient {
  private final Endpoints<ActionTemplate, PatchActionTemplate> endpoints;

  DefaultActionTemplateClient(JourneyTransport transport) {
    this.endpoints = new Endpoints<>(transport, ApiCollection.ACTION_TEMPLATES, ActionTemplate.class);
  }

  @Override
  public ActionTemplate create(@Nullable ActionTemplate body) {
    return endpoints.create(body);
  }

  @Override
  public ActionTemplate create(Consumer<ActionTemplate.Builder> spec) {
    ActionTemplate.Builder builder = ActionTemplate.builder();
    spec.accept(builder);
    return endpoints.create(builder.build());
  }

  @Override
  public ActionTemplate get(String actionTemplateId) {
    return endpoints.get(actionTemplateId);
  }

  @Override
  public Optional<ActionTemplate> find(String actionTemplateId) {
    return endpoints.find(actionTemplateId);
  }

  @Override
  public ActionTemplate patch(String actionTemplateId, @Nullable PatchActionTemplate body) {
    return endpoints.patch(actionTemplateId, body);
  }

  @Override
  public ActionTemplate patch(String actionTemplateId, Consumer<PatchActionTemplate.Builder> spec) {
    PatchActionTemplate.Builder builder = PatchActionTemplate.builder();
    spec.accept(builder);
    return endpoints.patch(actionTemplateId, builder.build());
  }

  @Override
  public void delete(String actionTemplateId) {
    endpoints.delete(actionTemplateId, operation -> { });
  }

  @Override
  public void delete(String actionTemplateId, boolean hardDelete) {
    endpoints.delete(actionTemplateId, operation -> operation.queryParameter("hardDelete", hardDelete));
  }

  @Override
  public Listing<ActionTemplate> list(ActionTemplateQuery query) {
    return endpoints.list(query::applyTo);
  }

  @Override
  public Listing<ActionTemplate> list(Consumer<ActionTemplateQuery.Builder> spec) {
    ActionTemplateQuery.Builder builder = ActionTemplateQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  @Override
  public Listing<ActionTemplate> list() {
    return list(ActionTemplateQuery.all());
  }

  @Override
  public Stream<ActionTemplate> stream(ActionTemplateQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  @Override
  public Stream<ActionTemplate> stream(Consumer<ActionTemplateQuery.Builder> spec) {
    ActionTemplateQuery.Builder builder = ActionTemplateQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  @Override
  public Stream<ActionTemplate> stream() {
    return stream(ActionTemplateQuery.all());
  }
}
