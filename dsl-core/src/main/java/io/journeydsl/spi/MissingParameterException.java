package io.journeydsl.spi;

/**
 * A required parameter of an operation is missing or blank: a path parameter, or the body of the
 * analytics query. Thrown before anything is sent, like the SDK's
 * {@code "Missing the required parameter 'segmentId' ..."}.
 */
public final class MissingParameterException extends IllegalArgumentException {
  private final Operation operation;
  private final String parameter;

  /**
   * Creates the exception.
   *
   * @param operation the operation being built
   * @param parameter the name of the missing parameter
   */
  public MissingParameterException(Operation operation, String parameter) {
    super("Missing the required parameter '" + parameter + "' when calling " + operation.seedMethod());
    this.operation = operation;
    this.parameter = parameter;
  }

  /** The operation being built. */
  public Operation operation() {
    return operation;
  }

  /** The name of the missing parameter, e.g. {@code segmentId} or {@code body}. */
  public String parameter() {
    return parameter;
  }
}
