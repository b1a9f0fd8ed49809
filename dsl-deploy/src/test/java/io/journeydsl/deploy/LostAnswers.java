package io.journeydsl.deploy;

import io.journeydsl.error.TransportFailureException;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport that lets the first {@code times} calls of one operation reach the API and then loses
 * their answers: the server did the work, the client sees a transport failure with outcome unknown.
 */
final class LostAnswers implements JourneyTransport {
  private final JourneyTransport delegate;
  private final Operation operation;
  private final AtomicInteger left;

  LostAnswers(JourneyTransport delegate, Operation operation, int times) {
    this.delegate = delegate;
    this.operation = operation;
    this.left = new AtomicInteger(times);
  }

  @Override
  public <R> R execute(JourneyOperation<R> call) {
    R answer = delegate.execute(call);
    if (call.operation() == operation && left.getAndDecrement() > 0) {
      throw new TransportFailureException(call.operation(), true, "connection reset after the request was sent", null);
    }
    return answer;
  }
}
