package io.journeydsl.deploy.internal;

import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.DeployEvent;
import io.journeydsl.deploy.DeployListener;

/** Hands events to the listener one at a time, counting finished requests. */
final class Events {
  private final DeployListener listener;
  private final int total;
  private int finished;

  Events(DeployListener listener, int total) {
    this.listener = listener;
    this.total = total;
  }

  synchronized void started(Change change) {
    listener.onEvent(new DeployEvent(DeployEvent.Type.STARTED, change, finished, total, ""));
  }

  synchronized void retrying(Change change, String why) {
    listener.onEvent(new DeployEvent(DeployEvent.Type.RETRYING, change, finished, total, why));
  }

  synchronized void succeeded(Change change) {
    finished++;
    listener.onEvent(new DeployEvent(DeployEvent.Type.SUCCEEDED, change, finished, total, ""));
  }

  synchronized void failed(Change change, String why) {
    finished++;
    listener.onEvent(new DeployEvent(DeployEvent.Type.FAILED, change, finished, total, why));
  }
}
