package io.journeydsl.testkit.internal.http;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import io.journeydsl.testkit.internal.core.Dispatcher;
import java.time.Clock;

/**
 * The one entry from the fake into the HTTP layer. Its signature names no Jetty type, so the fake
 * can refer to it while a user of the in-memory fake alone never loads a Jetty class: Jetty is
 * loaded when {@link #serve} runs, not when the fake is loaded or verified.
 */
public final class HttpFrontDoor {
  private HttpFrontDoor() {}

  /**
   * Starts a server that answers every call through {@code dispatcher}.
   *
   * @param api the fake served, as {@link FakeJourneyServer#api()} answers it
   * @param dispatcher the fake's dispatcher
   * @param clock the fake's clock
   * @param options where to bind and which credentials to accept
   * @return the running server
   * @throws IllegalStateException if the port cannot be bound
   */
  public static FakeJourneyServer serve(FakeJourneyApi api, Dispatcher dispatcher, Clock clock, ServerOptions options) {
    return JettyFakeServer.start(api, dispatcher, clock, options);
  }
}
