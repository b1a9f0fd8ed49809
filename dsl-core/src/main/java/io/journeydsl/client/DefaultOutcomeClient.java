package io.journeydsl.client;

import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;

/** {@link OutcomeClient} over a transport. */
final class DefaultOutcomeClient implements OutcomeClient {
  private final Endpoints<Outcome, PatchOutcome> endpoints;

  DefaultOutcomeClient(JourneyTransport transport) {
    this.endpoints = new Endpoints<>(transport, ApiCollection.OUTCOMES, Outcome.class);
  }

  @Override
  public Outcome create(@Nullable Outcome body) {
    return endpoints.create(body);
  }

  @Override
  public Outcome get(String outcomeId) {
    return endpoints.get(outcomeId);
  }

  @Override
  public Optional<Outcome> find(String outcomeId) {
    return endpoints.find(outcomeId);
  }

  @Override
  public Outcome patch(String outcomeId, @Nullable PatchOutcome body) {
    return endpoints.patch(outcomeId, body);
  }

  @Override
  public void delete(String outcomeId) {
    endpoints.delete(outcomeId, operation -> { });
  }

  @Override
  public Listing<Outcome> list(OutcomeQuery query) {
    return endpoints.list(query::applyTo);
  }
}
