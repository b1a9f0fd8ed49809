package io.journeydsl.testkit.internal.core;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import java.time.Clock;

/**
 * Serves a fake over HTTP. The in-memory core is handed one by its composition root
 * ({@code FakeJourneyApi.Builder}) instead of importing the HTTP layer: the core knows nothing of the
 * front doors that call it, and a fake that is never served never loads a Jetty class.
 */
@FunctionalInterface
public interface ServerFactory {

  /**
   * Starts a server in front of {@code api}.
   *
   * @param api the fake the server answers for
   * @param dispatcher the core's entry point, the same one in-memory calls reach
   * @param clock the fake's clock
   * @param options where to bind and which credentials to accept
   * @return the running server
   */
  FakeJourneyServer serve(FakeJourneyApi api, Dispatcher dispatcher, Clock clock, ServerOptions options);
}
