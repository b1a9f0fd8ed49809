package io.journeydsl.testkit;

import java.util.Random;
import java.util.UUID;

/**
 * Where the fake takes the {@code id} of each created entity from. Implementations must be
 * thread-safe; the fake calls {@link #nextId()} under its write lock, so a seeded source gives the same
 * ids for the same sequence of creates.
 */
@FunctionalInterface
public interface IdSource {

  /** The next id; never {@code null}, never a previously returned id. */
  String nextId();

  /** Random version-4 UUIDs. */
  static IdSource random() {
    return () -> UUID.randomUUID().toString();
  }

  /**
   * Version-4 UUIDs from a {@link Random} seeded with {@code seed}: the same seed gives the same
   * sequence of ids.
   *
   * @param seed the seed
   * @return a deterministic source
   */
  static IdSource seeded(long seed) {
    Random random = new Random(seed);
    return () -> {
      synchronized (random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
      }
    };
  }
}
