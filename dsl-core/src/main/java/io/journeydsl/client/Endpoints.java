package io.journeydsl.client;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.error.NotFoundException;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The calls shared by the resource clients of one collection of the catalogue: builds each
 * {@link JourneyOperation} from the collection's operations and hands it to the transport.
 *
 * @param <T> the entity type
 * @param <P> the PATCH body type
 */
final class Endpoints<T, P> {
  private final JourneyTransport transport;
  private final ApiCollection collection;
  private final Class<T> type;

  Endpoints(JourneyTransport transport, ApiCollection collection, Class<T> type) {
    this.transport = Objects.requireNonNull(transport, "transport");
    if (!collection.entityType().equals(type)) {
      throw new IllegalArgumentException(collection + " holds " + collection.entityType().getSimpleName());
    }
    this.collection = collection;
    this.type = type;
  }

  private Operation operation(HttpMethod method, boolean onOneObject) {
    return collection.operation(method, onOneObject).orElseThrow(() -> new UnsupportedOperationException(
        "the Journey API has no " + method + " for " + collection.label() + "s"));
  }

  T create(@Nullable T body) {
    return transport.execute(JourneyOperation.builder(operation(HttpMethod.POST, false), type).body(body).build());
  }

  T get(String id) {
    return transport.execute(getOperation(id));
  }

  Optional<T> find(String id) {
    try {
      return Optional.ofNullable(transport.execute(getOperation(id)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private JourneyOperation<T> getOperation(String id) {
    return JourneyOperation.builder(operation(HttpMethod.GET, true), type)
        .pathParameter(collection.idParameter(), id).build();
  }

  T patch(String id, @Nullable P body) {
    return transport.execute(JourneyOperation.builder(operation(HttpMethod.PATCH, true), type)
        .pathParameter(collection.idParameter(), id).body(body).build());
  }

  void delete(String id, Consumer<JourneyOperation.Builder<Void>> query) {
    JourneyOperation.Builder<Void> operation = JourneyOperation.builder(operation(HttpMethod.DELETE, true), Void.class)
        .pathParameter(collection.idParameter(), id);
    query.accept(operation);
    transport.execute(operation.build());
  }

  @SuppressWarnings("unchecked") // the catalogue decodes the page as Listing<T> (Operation.responseBodyType)
  Listing<T> list(Consumer<JourneyOperation.Builder<?>> query) {
    JourneyOperation.Builder<Listing> operation = JourneyOperation.builder(operation(HttpMethod.GET, false), Listing.class);
    query.accept(operation);
    return (Listing<T>) transport.execute(operation.build());
  }
}
