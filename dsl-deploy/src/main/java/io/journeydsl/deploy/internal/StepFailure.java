package io.journeydsl.deploy.internal;

/** A step could not be carried out: the API's status (0 without an answer) and why. */
final class StepFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  StepFailure(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  int status() {
    return status;
  }
}
