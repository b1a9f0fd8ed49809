package io.journeydsl.testkit.junit;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.function.Function;

/**
 * One fake the extension made, its server (started with the fake in HTTP mode, on first demand
 * otherwise) and what {@link #prepare()} needs to bring it back to the state a test starts from.
 */
final class RunningFake implements AutoCloseable {
  private final FakeJourneyApi api;
  private final boolean http;
  private final ServerOptions options;
  private final @Nullable RestartableIds ids;
  private final List<Function<ClassLoader, JourneyConfig>> bundles;
  private final ClassLoader loader;
  private @Nullable FakeJourneyServer server;

  RunningFake(FakeJourneyApi api, boolean http, ServerOptions options, @Nullable RestartableIds ids,
      List<Function<ClassLoader, JourneyConfig>> bundles, ClassLoader loader) {
    this.api = api;
    this.http = http;
    this.options = options;
    this.ids = ids;
    this.bundles = bundles;
    this.loader = loader;
    if (http) {
      server();
    }
  }

  FakeJourneyApi api() {
    return api;
  }

  boolean http() {
    return http;
  }

  synchronized FakeJourneyServer server() {
    if (server == null) {
      server = api.serve(options);
    }
    return server;
  }

  /** Empties the fake (store, journal, faults, analytics, rate limit), restarts seeded ids, seeds the bundles. */
  void prepare() {
    api.reset();
    if (ids != null) {
      ids.restart();
    }
    for (Function<ClassLoader, JourneyConfig> bundle : bundles) {
      api.seed(bundle.apply(loader));
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      server = null;
      api.close();
    }
  }
}
