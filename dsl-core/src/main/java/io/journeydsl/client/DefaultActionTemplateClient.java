package io.journeydsl.client;

import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateListing;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@link ActionTemplateClient} over a transport. */
final class DefaultActionTemplateClient implements ActionTemplateClient {
  private final Endpoints<ActionTemplate, PatchActionTemplate, ActionTemplateListing> endpoints;

  DefaultActionTemplateClient(JourneyTransport transport) {
    this.endpoints = new Endpoints<>(transport, "actionTemplateId", ActionTemplate.class, ActionTemplateListing.class,
        Operation.POST_JOURNEY_ACTIONTEMPLATES, Operation.GET_JOURNEY_ACTIONTEMPLATE, Operation.PATCH_JOURNEY_ACTIONTEMPLATE,
        Operation.DELETE_JOURNEY_ACTIONTEMPLATE, Operation.GET_JOURNEY_ACTIONTEMPLATES);
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
  public ActionTemplateListing list(ActionTemplateQuery query) {
    return endpoints.list(query::applyTo);
  }

  @Override
  public ActionTemplateListing list(Consumer<ActionTemplateQuery.Builder> spec) {
    ActionTemplateQuery.Builder builder = ActionTemplateQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  @Override
  public ActionTemplateListing list() {
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
