package io.journeydsl.feign.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

/** Classifies I/O failures by whether the request may have reached the server. */
public final class IoFailures {
  private IoFailures() {}

  /**
   * {@code false} only when the connection was never established (refused, unroutable, unknown
   * host, connect timeout): then nothing was sent and any request may be repeated safely. A reset,
   * a read timeout or a closed connection may come after the server acted on the request.
   */
  public static boolean mayHaveReachedServer(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
          || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
        return false;
      }
    }
    return true;
  }

  /** A short description for messages and logs: the exception type and its message, no request data. */
  public static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }
}
