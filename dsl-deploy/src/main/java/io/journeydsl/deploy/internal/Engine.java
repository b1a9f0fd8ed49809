package io.journeydsl.deploy.internal;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.ChangeAction;
import io.journeydsl.deploy.DeployListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a plan's steps stage by stage (deletes of referring objects, creates and updates by
 * reference rank, then the other deletes), the independent steps of a stage in parallel up to a
 * limit. An apply stops starting steps at the first failure; a rehearsal carries on to find them all.
 */
final class Engine {
  /** One failed step. */
  record Failed(Change change, int status, String message) {}

  /** What a run did. */
  record Outcome(List<Change> done, List<Change> notDone, List<Failed> failures) {
    ApplyResult asApplyResult() {
      Failed first = failures.isEmpty() ? null : failures.get(0);
      return new ApplyResult(done, notDone,
          first == null ? null : new ApplyResult.Failure(first.change(), first.status(), first.message()));
    }
  }

  private final int concurrency;
  private final DeployListener listener;
  private final Duration pause;

  Engine(int concurrency, DeployListener listener, Duration pause) {
    this.concurrency = concurrency;
    this.listener = listener;
    this.pause = pause;
  }

  Outcome run(List<Step> steps, Map<ApiCollection, Port> ports, Map<ApiCollection, Map<String, String>> ids,
      boolean keepGoing) {
    List<Step> requests = steps.stream().filter(s -> s.change().sendsRequest()).toList();
    Events events = new Events(listener, requests.size());
    StepRunner runner = new StepRunner(ports, ids, events, pause);
    List<Change> done = Collections.synchronizedList(new ArrayList<>());
    List<Change> notDone = Collections.synchronizedList(new ArrayList<>());
    List<Failed> failures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemonThreads());
    try {
      for (List<Step> stage : stages(requests)) {
        List<Future<?>> running = new ArrayList<>();
        for (Step step : stage) {
          running.add(pool.submit(() -> {
            if (!keepGoing && !failures.isEmpty()) {
              notDone.add(step.change());
              return;
            }
            events.started(step.change());
            try {
              runner.run(step);
              done.add(step.change());
              events.succeeded(step.change());
            } catch (RuntimeException e) {
              int status = e instanceof StepFailure f ? f.status() : 0;
              String message = step.change().describe() + ": " + e.getMessage();
              failures.add(new Failed(step.change(), status, message));
              notDone.add(0, step.change());
              events.failed(step.change(), message);
            }
          }));
        }
        awaitAll(running);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(List.copyOf(done), ordered(notDone, failures), List.copyOf(failures));
  }

  /** The not-done changes with the failed ones first, in the order they failed. */
  private static List<Change> ordered(List<Change> notDone, List<Failed> failures) {
    List<Change> out = new ArrayList<>();
    failures.forEach(f -> out.add(f.change()));
    notDone.stream().filter(c -> !out.contains(c)).forEach(out::add);
    return out;
  }

  /** Deletes of the highest rank, creates and updates rank by rank, then the remaining deletes, highest first. */
  private static List<List<Step>> stages(List<Step> requests) {
    List<Integer> ranks = Stages.ranks();
    int top = ranks.get(ranks.size() - 1);
    List<List<Step>> stages = new ArrayList<>();
    stages.add(select(requests, true, top));
    for (int rank : ranks) {
      stages.add(select(requests, false, rank));
    }
    for (int i = ranks.size() - 2; i >= 0; i--) {
      stages.add(select(requests, true, ranks.get(i)));
    }
    return stages;
  }

  private static List<Step> select(List<Step> requests, boolean deletes, int rank) {
    return requests.stream().filter(s -> (s.change().action() == ChangeAction.DELETE) == deletes
        && Stages.rank(s.change().collection()) == rank).toList();
  }

  private static void awaitAll(List<Future<?>> running) {
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while applying", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a deploy worker failed", e.getCause());
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "journey-deploy-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
