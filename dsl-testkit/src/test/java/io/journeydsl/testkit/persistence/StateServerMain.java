package io.journeydsl.testkit.persistence;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.nio.file.Path;

/**
 * A fake served over HTTP with a state file, in its own JVM, so a test can kill it with SIGKILL at
 * any moment. Prints {@code port=<n>} once it serves, then runs until killed.
 */
public final class StateServerMain {
  private StateServerMain() {}

  /**
   * Runs the server.
   *
   * @param args the state file
   * @throws InterruptedException never in practice: the process is killed
   */
  public static void main(String[] args) throws InterruptedException {
    FakeJourneyApi fake = FakeJourneyApi.builder().stateFile(Path.of(args[0])).journalLimits(100, 1 << 20).build();
    FakeJourneyServer server = FakeJourneyServer.start(fake);
    System.out.println("port=" + server.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
