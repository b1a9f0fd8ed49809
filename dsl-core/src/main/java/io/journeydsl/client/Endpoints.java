package io.journeydsl.client;

import io.journeydsl.model.Listing;
import io.journeydsl.error.NotFoundException;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The calls shared by the resource clients of one entity collection: builds each
 * {@link JourneyOperation} and hands it to the transport.
 *
 * @param <T> the entity type
 * @param <P> the PATCH body type
 * @param <L> the listing type
 */
final class Endpoints<T, P, L extends Listing<T>> {
  private final JourneyTransport transport;
  private final String idParameter;
  private final Class<T> type;
  private final Class<L> listingType;
  private final Operation create;
  private final Operation get;
  private final Operation patch;
  private final Operation delete;
  private final Operation list;

  /** Names the operations of one collection; {@code create}/{@code delete} are null when the API has none. */
  Endpoints(JourneyTransport transport, String idParameter, Class<T> type, Class<L> listingType,
      @Nullable Operation create, Operation get, Operation patch, @Nullable Operation delete, Operation list) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.idParameter = idParameter;
    this.type = type;
    this.listingType = listingType;
    this.create = create;
    this.get = get;
    this.patch = patch;
    this.delete = delete;
    this.list = list;
  }

  T create(@Nullable T body) {
    return transport.execute(JourneyOperation.builder(create, type).body(body).build());
  }

  T get(String id) {
    return transport.execute(JourneyOperation.builder(get, type).pathParameter(idParameter, id).build());
  }

  Optional<T> find(String id) {
    JourneyOperation<T> operation = JourneyOperation.builder(get, type).pathParameter(idParameter, id).build();
    try {
      return Optional.ofNullable(transport.execute(operation));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  T patch(String id, @Nullable P body) {
    return transport.execute(JourneyOperation.builder(patch, type).pathParameter(idParameter, id).body(body).build());
  }

  void delete(String id, Consumer<JourneyOperation.Builder<Void>> query) {
    JourneyOperation.Builder<Void> operation = JourneyOperation.builder(delete, Void.class).pathParameter(idParameter, id);
    query.accept(operation);
    transport.execute(operation.build());
  }

  L list(Consumer<JourneyOperation.Builder<?>> query) {
    JourneyOperation.Builder<L> operation = JourneyOperation.builder(list, listingType);
    query.accept(operation);
    return transport.execute(operation.build());
  }
}
