package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Where the store's changes go before anyone is told they happened. {@link Semantics} calls it under
 * the write lock after changing the store and before answering; if it throws, the store is put back
 * and the caller gets a 503, so the store never holds a change that is not on disk.
 */
interface Persistence {
  /** Nothing is kept: the in-memory fake without a state file. */
  Persistence NONE = new Persistence() {
    @Override
    public void record(List<Change> changes, Semantics semantics) {}

    @Override
    public void rewrite(Semantics semantics) {}
  };

  /**
   * One entity as it is after a write: its stored JSON, or null when it is gone.
   *
   * @param collection the collection
   * @param id the id
   * @param node the stored JSON, or null for a removal
   */
  record Change(ApiCollection collection, String id, @Nullable ObjectNode node) {}

  /**
   * Makes the changes of one write durable, all of them or none.
   *
   * @param changes the entities one write touched, as they are now
   * @param semantics the store, for a compaction the implementation may run now
   * @throws PersistenceFailure if they cannot be stored
   */
  void record(List<Change> changes, Semantics semantics);

  /**
   * Stores the whole content again (after a restore or a reset).
   *
   * @param semantics the store
   * @throws PersistenceFailure if it cannot be stored
   */
  void rewrite(Semantics semantics);

  /** The state could not be written; nothing of the write was kept. */
  final class PersistenceFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PersistenceFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
