package io.journeydsl.testkit.internal.core;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code ININ-Correlation-Id} of each answer: a version 4 UUID, as Genesys sends. It only has to
 * tell calls apart in a journal, so it comes from {@link ThreadLocalRandom} rather than
 * {@link UUID#randomUUID()}, whose shared SecureRandom cost the fake more per call than routing it.
 */
public final class CorrelationIds {
  private CorrelationIds() {}

  /** A new random correlation id. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;           // version 4
    long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);  // IETF variant
    return new UUID(most, least).toString();
  }
}
