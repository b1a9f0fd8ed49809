package io.journeydsl.spi;

/**
 * Executes one {@link JourneyOperation}: over HTTP, against an in-memory fake, or through decorators.
 *
 * <p>Implementations return the decoded response body (an instance of
 * {@link JourneyOperation#responseType()}, {@code null} for DELETE) and report every failure as an
 * {@link io.journeydsl.error.JourneyApiException}.
 */
public interface JourneyTransport extends AutoCloseable {

  /**
   * Executes the operation.
   *
   * @param operation the call to make
   * @param <R> the response type
   * @return the response body; {@code null} for operations without one
   * @throws io.journeydsl.error.JourneyApiException on any non-2xx status or transport failure
   */
  <R> R execute(JourneyOperation<R> operation);

  /** Releases the transport's resources; by default does nothing. */
  @Override
  default void close() {}
}
