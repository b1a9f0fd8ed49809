package io.journeydsl;

import com.fasterxml.jackson.databind.JavaType;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scripted org for the guide's client examples: each operation answers a fixed wire body, and every
 * request body is kept as the JSON that would have gone on the wire.
 */
final class GuideOrg implements JourneyTransport {
  final List<String> sent = new ArrayList<>();
  private final Map<Operation, String> answers;

  GuideOrg(Map<Operation, String> answers) {
    this.answers = answers;
  }

  @Override
  public <R> R execute(JourneyOperation<R> operation) {
    if (operation.body() != null) {
      sent.add(operation.operation() + " " + JourneyJson.write(operation.body()));
    }
    String answer = answers.get(operation.operation());
    if (answer == null) {
      throw new AssertionError("the guide's org has no answer for " + operation.operation());
    }
    try {
      JavaType type = JourneyJson.mapper().constructType(operation.responseBodyType());
      return operation.responseType().cast(JourneyJson.mapper().readValue(answer, type));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
