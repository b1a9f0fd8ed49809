package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import io.journeydsl.catalog.ApiProfile;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The 24 operations on the store: decodes nothing and knows no transport; takes a checked
 * {@link JourneyOperation} and gives the response JSON, or throws {@link ApiError}. Writes run under
 * the write lock, reads under the read lock, so no update is lost and reads never see half a write.
 */
final class Semantics {
  private static final ObjectMapper JSON = JourneyJson.mapper();

  /** The answer of one operation: status and body (null for 204). */
  record Result(int status, @Nullable FrozenJson body) {}

  private final Store store = new Store();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final FakeSettings settings;
  private final Entities entities;
  private final Listings listings;
  private final ModelChecks checks;
  private final DefaultFakeAnalytics analytics;
  private final Persistence persistence;

  Semantics(FakeSettings settings, DefaultFakeAnalytics analytics, Persistence persistence) {
    this.settings = settings;
    this.entities = new Entities(store, settings);
    this.listings = new Listings(store);
    this.checks = new ModelChecks(settings.profile(), settings.acceptUnknownFields());
    this.analytics = analytics;
    this.persistence = persistence;
  }

  /** Whether writes are persisted to a state file (and so wait for the disk). */
  boolean persists() {
    return persistence != Persistence.NONE;
  }

  Result execute(JourneyOperation<?> call) {
    Operation operation = call.operation();
    if (operation == Operation.POST_ANALYTICS_JOURNEYS_AGGREGATES_QUERY) {
      JourneyAggregationQuery query = (JourneyAggregationQuery) requireBody(call);
      checks.check(query);
      return new Result(200, new FrozenJson(Trees.of(analytics.answer(query))));
    }
    ApiCollection collection = operation.collection();
    if (collection == ApiCollection.OUTCOMES && settings.profile() == ApiProfile.CURRENT) {
      throw ApiError.of(410, "gone", "Journey Outcomes is being removed. See "
          + "https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/");
    }
    String id = operation.pathParameters().isEmpty() ? null : call.pathParameters().get(operation.pathParameters().get(0));
    HttpMethod method = operation.httpMethod();
    if (method == HttpMethod.GET) {
      lock.readLock().lock();
      try {
        return new Result(200, id == null ? new FrozenJson(listings.list(collection, call.queryParameters()))
            : entities.get(collection, id));
      } finally {
        lock.readLock().unlock();
      }
    }
    ObjectNode body = null;
    boolean hard = false;
    if (method == HttpMethod.DELETE) {
      Boolean flag = new QueryParameters(call.queryParameters()).bool("hardDelete");
      hard = flag != null && flag;
    } else {
      Object typed = requireBody(call);
      checks.check(typed);
      body = Trees.of(typed);
    }
    ObjectNode checked = body;
    boolean hardDelete = hard;
    return write(() -> {
      if (method == HttpMethod.POST) {
        return new Result(200, entities.create(collection, checked));
      } else if (method == HttpMethod.PATCH) {
        return new Result(200, entities.patch(collection, id, checked));
      }
      entities.delete(collection, id, hardDelete);
      return new Result(204, null);
    });
  }

  private static Object requireBody(JourneyOperation<?> call) {
    Object body = call.body();
    if (body == null) {
      throw ApiError.badField("body", "required", "The request body is required for " + call.operation().seedMethod());
    }
    return body;
  }

  /** Creates an entity through the normal path, outside any call ({@code seedActionTarget}). */
  FrozenJson create(ApiCollection collection, Object typedBody) {
    return write(() -> createLocked(collection, typedBody));
  }

  /** The creates of one {@link #atomically} run. */
  @FunctionalInterface
  interface Batch {
    /** Checks and stores one entity as {@link Semantics#create} does; throws {@link ApiError} if rejected. */
    FrozenJson create(ApiCollection collection, Object typedBody);
  }

  /**
   * Runs {@code work} as one write: under the write lock from start to end, so no call sees part of
   * it, and all or nothing: if {@code work} (or persisting it) throws, the store is put back exactly
   * as it was and the exception passes on; the state is persisted once, only on success.
   * Ids drawn for rolled-back entities are not given back to the id source.
   */
  <T> T atomically(Function<Batch, T> work) {
    return write(() -> work.apply(this::createLocked));
  }

  private FrozenJson createLocked(ApiCollection collection, Object typedBody) {
    checks.check(typedBody);
    ObjectNode body = Trees.of(typedBody);
    return collection == ApiCollection.ACTION_TARGETS ? entities.seed(collection, body) : entities.create(collection, body);
  }

  /** All stored entities of a collection (copies). */
  List<ObjectNode> all(ApiCollection collection) {
    lock.readLock().lock();
    try {
      return store.all(collection);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Replaces the store with the given entities, as they are, and stores the whole state again. */
  void replace(Map<ApiCollection, List<ObjectNode>> content) {
    rewrite(() -> content.forEach((collection, nodes) ->
        nodes.forEach(node -> store.put(collection, node.get("id").asText(), node))));
  }

  /**
   * Loads what was persisted: the snapshot's entities, then every logged write in order, and stores
   * the result as a fresh snapshot (which empties the log).
   *
   * @throws IllegalStateException if the fresh snapshot cannot be written
   */
  void load(Map<ApiCollection, List<ObjectNode>> snapshot, List<List<Persistence.Change>> log) {
    lock.writeLock().lock();
    try {
      store.clear();
      snapshot.forEach((collection, nodes) -> nodes.forEach(node -> store.put(collection, node.get("id").asText(), node)));
      for (List<Persistence.Change> write : log) {
        for (Persistence.Change change : write) {
          if (change.node() == null) {
            store.remove(change.collection(), change.id());
          } else {
            store.put(change.collection(), change.id(), change.node());
          }
        }
      }
      store.begin();
      try {
        persistence.rewrite(this);
      } catch (Persistence.PersistenceFailure e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Stores the whole state again; a failure is ignored, since every write is already persisted. */
  void compact() {
    lock.writeLock().lock();
    try {
      persistence.rewrite(this);
    } catch (Persistence.PersistenceFailure alreadyStoredInTheLog) {
      // Every acknowledged write is in the log; the next start compacts again.
    } finally {
      lock.writeLock().unlock();
    }
  }

  void clear() {
    rewrite(() -> { });
  }

  private void rewrite(Runnable fill) {
    lock.writeLock().lock();
    try {
      Store.Mark before = store.mark();
      try {
        store.clear();
        fill.run();
        persistence.rewrite(this);
      } catch (Persistence.PersistenceFailure e) {
        store.rollBack(before);
        throw notStored();
      } catch (RuntimeException | Error e) {
        store.rollBack(before);
        throw e;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * One write, persist first then answer: under the write lock, the store is changed, the changed
   * entities are handed to the persistence, and only then is the result returned. If anything throws
   * (a rejection, or the state cannot be written) the store is put back exactly as it was, so no
   * caller ever sees, and no later write builds on, a change that is not on disk.
   */
  private <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      store.begin();
      try {
        T result = action.get();
        List<Persistence.Change> changes = store.changes();
        if (!changes.isEmpty()) {
          persistence.record(changes, this);
        }
        return result;
      } catch (Persistence.PersistenceFailure e) {
        store.undo();
        throw notStored();
      } catch (RuntimeException | Error e) {
        store.undo();
        throw e;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The 503 of a write that could not be stored; says nothing of files or paths. */
  private static ApiError notStored() {
    return ApiError.of(503, "service.unavailable",
        "The change was not made: the server cannot store its state right now. Nothing was changed; retry later.");
  }
}
