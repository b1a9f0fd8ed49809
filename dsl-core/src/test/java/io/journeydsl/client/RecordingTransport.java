package io.journeydsl.client;

import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A test transport that records every operation and answers with a responder; by default an empty
 * instance of the response type (read from {@code {}}), or {@code null} for DELETE.
 */
final class RecordingTransport implements JourneyTransport {
  final List<JourneyOperation<?>> calls = new ArrayList<>();
  private final Function<JourneyOperation<?>, Object> responder;
  boolean closed;

  RecordingTransport() {
    this(RecordingTransport::emptyResponse);
  }

  RecordingTransport(Function<JourneyOperation<?>, Object> responder) {
    this.responder = responder;
  }

  static Object emptyResponse(JourneyOperation<?> operation) {
    if (operation.responseType() == Void.class) {
      return null;
    }
    return JourneyJson.read("{}", operation.responseType());
  }

  @Override
  public <R> R execute(JourneyOperation<R> operation) {
    calls.add(operation);
    return operation.responseType().cast(responder.apply(operation));
  }

  JourneyOperation<?> last() {
    return calls.get(calls.size() - 1);
  }

  @Override
  public void close() {
    closed = true;
  }
}
