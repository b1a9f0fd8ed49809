package io.journeydsl.client;

import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;

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
}
