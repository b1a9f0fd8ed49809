package io.journeydsl.testkit.internal.core;

import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.Journal;
import io.journeydsl.testkit.RecordedCall;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The thread-safe journal: an append-only list plus a cursor for {@link #takeCall(Duration)}. */
final class DefaultJournal implements Journal {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<RecordedCall> calls = new ArrayList<>();
  private long sequence;
  private int taken;

  /** Appends a call; the sequence number is assigned here. */
  RecordedCall append(RecordedCallDraft draft, int status, @Nullable String fault, String correlationId) {
    lock.lock();
    try {
      RecordedCall call = draft.toCall(++sequence, status, fault, correlationId);
      calls.add(call);
      arrived.signalAll();
      return call;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<RecordedCall> calls() {
    lock.lock();
    try {
      return List.copyOf(calls);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<RecordedCall> calls(Operation operation) {
    List<RecordedCall> out = new ArrayList<>();
    for (RecordedCall call : calls()) {
      if (call.operation() == operation) {
        out.add(call);
      }
    }
    return out;
  }

  @Override
  public int size() {
    lock.lock();
    try {
      return calls.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<RecordedCall> last() {
    lock.lock();
    try {
      return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<RecordedCall> takeCall(Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (taken >= calls.size()) {
        if (nanos <= 0) {
          return Optional.empty();
        }
        nanos = arrived.awaitNanos(nanos);
      }
      return Optional.of(calls.get(taken++));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void clear() {
    lock.lock();
    try {
      calls.clear();
      taken = 0;
    } finally {
      lock.unlock();
    }
  }

}
