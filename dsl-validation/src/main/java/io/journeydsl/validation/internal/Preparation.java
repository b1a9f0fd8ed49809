package io.journeydsl.validation.internal;

import java.util.concurrent.CompletableFuture;

/**
 * The one background preparation of a process: a daemon thread that runs
 * {@link FieldValidation#prepare()} once, however often it is asked for.
 */
public final class Preparation {
  private static final CompletableFuture<Void> DONE = new CompletableFuture<>();
  private static boolean started;

  private Preparation() {}

  /** Starts the preparation unless it has started already; the future completes when it ends. */
  public static synchronized CompletableFuture<Void> startOnce() {
    if (!started) {
      started = true;
      Thread thread = new Thread(Preparation::run, "journey-validator-prepare");
      // Daemon: a short command that ends before the preparation does must not wait for it.
      thread.setDaemon(true);
      thread.start();
    }
    return DONE.copy();
  }

  private static void run() {
    try {
      FieldValidation.prepare();
      DONE.complete(null);
    } catch (RuntimeException | LinkageError e) {
      // Preparing only moves work earlier: a failure here shows again, reported, in the first validation.
      DONE.completeExceptionally(e);
    }
  }
}
