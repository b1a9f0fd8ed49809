package io.journeydsl.testkit.internal.core;

import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.Journal;
import io.journeydsl.testkit.RecordedCall;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The thread-safe journal: a bounded list plus a cursor for {@link #takeCall(Duration)}. A long-running
 * server records every call, so the list is capped by count and by (estimated) bytes; the oldest calls
 * go first and are counted.
 */
final class DefaultJournal implements Journal {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final ArrayDeque<RecordedCall> calls = new ArrayDeque<>();
  private final ArrayDeque<Long> sizes = new ArrayDeque<>();
  private final int maxCalls;
  private final long maxBytes;
  private long bytes;
  private long dropped;
  private long sequence;
  private int taken;

  DefaultJournal(int maxCalls, long maxBytes) {
    this.maxCalls = maxCalls;
    this.maxBytes = maxBytes;
  }

  /** Appends a call; the sequence number is assigned here. */
  RecordedCall append(RecordedCallDraft draft, int status, @Nullable String fault, String correlationId) {
    lock.lock();
    try {
      RecordedCall call = draft.toCall(++sequence, status, fault, correlationId);
      long size = estimate(call);
      calls.addLast(call);
      sizes.addLast(size);
      bytes += size;
      while (calls.size() > maxCalls || (bytes > maxBytes && calls.size() > 1)) {
        calls.removeFirst();
        bytes -= sizes.removeFirst();
        dropped++;
        taken = Math.max(0, taken - 1);
      }
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
      return Optional.ofNullable(calls.peekLast());
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
      RecordedCall next = calls.stream().skip(taken).findFirst().orElseThrow();
      taken++;
      return Optional.of(next);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void clear() {
    lock.lock();
    try {
      calls.clear();
      sizes.clear();
      bytes = 0;
      dropped = 0;
      taken = 0;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long dropped() {
    lock.lock();
    try {
      return dropped;
    } finally {
      lock.unlock();
    }
  }

  /** Roughly what a call holds on the heap: two bytes a character plus a fixed overhead per object. */
  private static long estimate(RecordedCall call) {
    long chars = call.path().length() + call.query().length() + call.method().length()
        + (call.body() == null ? 0 : call.body().length());
    // Names and values through the read-only view's forEach: its entry set wraps every entry anew.
    long[] headerChars = {0};
    call.headers().forEach((name, values) -> {
      headerChars[0] += name.length();
      for (String value : values) {
        headerChars[0] += value.length();
      }
    });
    return 2 * (chars + headerChars[0]) + 64L * (4 + call.headers().size()) + 256;
  }
}
