package io.journeydsl.cli;

import io.journeydsl.deploy.DeployEvent;
import io.journeydsl.deploy.DeployListener;
import java.io.PrintWriter;

/**
 * Shows an apply's progress: on a terminal one bar redrawn in place, otherwise one plain line per
 * finished or retried step (for CI logs).
 */
final class Progress implements DeployListener {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final boolean terminal;

  Progress(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void onEvent(DeployEvent event) {
    if (terminal) {
      bar(event);
    } else if (event.type() != DeployEvent.Type.STARTED) {
      out.printf("[%d/%d] %s %s%s%n", event.finished(), event.total(), word(event.type()), event.change().describe(),
          event.detail().isEmpty() ? "" : ": " + event.detail());
    }
    out.flush();
  }

  private void bar(DeployEvent event) {
    int filled = event.total() == 0 ? WIDTH : WIDTH * event.finished() / event.total();
    out.printf("\r[%s%s] %d/%d %-60.60s", "#".repeat(filled), ".".repeat(WIDTH - filled), event.finished(),
        event.total(), event.change().describe());
    if (event.type() == DeployEvent.Type.FAILED || event.finished() == event.total() && event.type() == DeployEvent.Type.SUCCEEDED) {
      out.println();
    }
  }

  private static String word(DeployEvent.Type type) {
    return switch (type) {
      case STARTED -> "start";
      case RETRYING -> "retry";
      case SUCCEEDED -> "done";
      case FAILED -> "FAILED";
    };
  }
}
