package io.journeydsl.testkit.contract;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;

/** A client under contract test: makes one call of one operation from wire JSON, answers wire JSON. */
interface ApiDriver {

  /** The answer: status and body JSON (the entity, or the error body); body null for 204. */
  record Reply(int status, @Nullable String body) {}

  Reply call(Operation operation, Map<String, String> path, Map<String, List<String>> query, @Nullable String bodyJson);
}
