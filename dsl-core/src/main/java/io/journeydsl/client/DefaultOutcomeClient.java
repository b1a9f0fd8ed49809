package io.journeydsl.client;

import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
  public Outcome create(Consumer<Outcome.Builder> spec) {
    Outcome.Builder builder = Outcome.builder();
    spec.accept(builder);
    return endpoints.create(builder.build());
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
  public Outcome patch(String outcomeId, Consumer<PatchOutcome.Builder> spec) {
    PatchOutcome.Builder builder = PatchOutcome.builder();
    spec.accept(builder);
    return endpoints.patch(outcomeId, builder.build());
  }

  @Override
  public void delete(String outcomeId) {
    endpoints.delete(outcomeId, operation -> { });
  }

  @Override
  public Listing<Outcome> list(OutcomeQuery query) {
    return endpoints.list(query::applyTo);
  }

  @Override
  public Listing<Outcome> list(Consumer<OutcomeQuery.Builder> spec) {
    OutcomeQuery.Builder builder = OutcomeQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  @Override
  public Listing<Outcome> list() {
    return list(OutcomeQuery.all());
  }

  @Override
  public Stream<Outcome> stream(OutcomeQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  @Override
  public Stream<Outcome> stream(Consumer<OutcomeQuery.Builder> spec) {
    OutcomeQuery.Builder builder = OutcomeQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  @Override
  public Stream<Outcome> stream() {
    return stream(OutcomeQuery.all());
  }
}
