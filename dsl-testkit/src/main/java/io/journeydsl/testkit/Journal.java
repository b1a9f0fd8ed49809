package io.journeydsl.testkit;

import io.journeydsl.spi.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The calls the fake answered, in arrival order, through either front door. Thread-safe. It is
 * bounded (by default 10,000 calls and 16 MiB, see {@code FakeJourneyApi.Builder#journalLimits}):
 * when a new call would pass a bound the oldest calls are dropped and counted in {@link #dropped()}.
 */
public interface Journal {

  /** A snapshot of all recorded calls. */
  List<RecordedCall> calls();

  /**
   * The recorded calls of one operation.
   *
   * @param operation the operation
   * @return a snapshot, in order
   */
  List<RecordedCall> calls(Operation operation);

  /** The number of recorded calls. */
  int size();

  /** The most recent call, if any. */
  Optional<RecordedCall> last();

  /**
   * Takes the oldest call not taken before, waiting up to {@code timeout} for one to arrive.
   *
   * @param timeout how long to wait
   * @return the call, or empty on timeout
   * @throws InterruptedException if interrupted while waiting
   */
  Optional<RecordedCall> takeCall(Duration timeout) throws InterruptedException;

  /** How many calls were dropped, oldest first, to keep the journal within its bounds. */
  long dropped();

  /** Forgets every recorded call (the dropped count too). */
  void clear();
}
