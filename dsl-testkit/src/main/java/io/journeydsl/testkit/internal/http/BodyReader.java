package io.journeydsl.testkit.internal.http;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body without holding a thread while bytes trickle in, up to a size limit and
 * within a deadline. Exactly one of the three outcomes is reported, once: the body, "too large"
 * (as soon as the limit is passed, without reading the rest), or "too slow" (the deadline passed).
 * A client sending one byte every few seconds therefore costs a connection, never a server thread,
 * and is cut off at the deadline.
 */
final class BodyReader {
  /** What became of the body. */
  interface Outcome {
    void body(byte[] bytes);

    void tooLarge();

    void tooSlow();

    void failed(Throwable failure);
  }

  private final Request request;
  private final int maxBytes;
  private final Outcome outcome;
  private final AtomicBoolean reported = new AtomicBoolean();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final Scheduler scheduler;
  private final long deadlineNanos;
  private volatile Scheduler.Task deadline;

  private BodyReader(Request request, int maxBytes, Outcome outcome, Scheduler scheduler, long timeoutMillis) {
    this.request = request;
    this.maxBytes = maxBytes;
    this.outcome = outcome;
    this.scheduler = scheduler;
    this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
  }

  /** Starts reading; the outcome arrives on this thread or on a pooled one. */
  static void read(Request request, int maxBytes, long timeoutMillis, Scheduler scheduler, Outcome outcome) {
    BodyReader reader = new BodyReader(request, maxBytes, outcome, scheduler, timeoutMillis);
    if (request.getLength() > maxBytes) {
      reader.report(Outcome::tooLarge);
      return;
    }
    reader.next();
  }

  private void next() {
    while (!reported.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        // The deadline is set only when the reader first has to wait: most bodies (and every GET)
        // have fully arrived with their headers, and a timer per request would wake the scheduler's
        // thread on every call. It still counts from the start of the request.
        if (deadline == null) {
          long left = Math.max(0, deadlineNanos - System.nanoTime());
          deadline = scheduler.schedule(() -> report(Outcome::tooSlow), left, TimeUnit.NANOSECONDS);
        }
        // Not a Jetty Invocable, so Jetty runs it as blocking work on a pooled thread when bytes come.
        request.demand(this::next);
        return;
      }
      Throwable failure = Content.Chunk.isFailure(chunk) ? chunk.getFailure() : null;
      boolean tooLarge = false;
      boolean last = false;
      try {
        if (failure == null) {
          tooLarge = buffer.size() + chunk.remaining() > maxBytes;
          if (!tooLarge) {
            byte[] bytes = new byte[chunk.remaining()];
            chunk.getByteBuffer().get(bytes);
            buffer.write(bytes, 0, bytes.length);
            last = chunk.isLast();
          }
        }
      } finally {
        // Released before anything is reported: the answer may complete the request, after which
        // nothing of the request, its chunks included, is the handler's to touch.
        chunk.release();
      }
      if (failure != null) {
        report(o -> o.failed(failure));
        return;
      }
      if (tooLarge) {
        report(Outcome::tooLarge);
        return;
      }
      if (last) {
        byte[] all = buffer.toByteArray();
        report(o -> o.body(all));
        return;
      }
    }
  }

  private void report(Consumer<Outcome> what) {
    if (reported.compareAndSet(false, true)) {
      Scheduler.Task task = deadline;
      if (task != null) {
        task.cancel();
      }
      what.accept(outcome);
    }
  }
}
