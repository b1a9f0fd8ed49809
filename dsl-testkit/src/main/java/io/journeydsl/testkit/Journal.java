package io.journeydsl.testkit;

import io.journeydsl.spi.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every call the fake answered, in arrival order, through either front door. Thread-safe.
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

  /** Forgets every recorded call. */
  void clear();
}
