package io.journeydsl.testkit.junit;

import io.journeydsl.testkit.IdSource;

/**
 * A seeded id source the extension restarts when it resets a fake shared by a class's tests, so each
 * test sees the ids it would see on a new fake. The fake's store is empty at each restart, so no id
 * is handed out twice to objects that exist at the same time.
 */
final class RestartableIds implements IdSource {
  private final long seed;
  private volatile IdSource ids;

  RestartableIds(long seed) {
    this.seed = seed;
    this.ids = IdSource.seeded(seed);
  }

  void restart() {
    ids = IdSource.seeded(seed);
  }

  @Override
  public String nextId() {
    return ids.nextId();
  }
}
