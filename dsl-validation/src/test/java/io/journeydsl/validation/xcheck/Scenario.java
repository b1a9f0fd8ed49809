package io.journeydsl.validation.xcheck;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;

/**
 * A valid request ready to be damaged: the target, the id of the stored object a PATCH addresses,
 * and the body as wire JSON that the prepared fake accepts.
 *
 * @param target what is sent
 * @param id the path parameter of a PATCH; {@code null} for a create
 * @param body the valid body; callers mutate a copy
 */
record Scenario(Target target, @Nullable String id, ObjectNode body) {

  /** The operation carrying {@code typedBody}, an instance of the target's request type. */
  JourneyOperation<?> operation(Object typedBody) {
    Operation op = target.operation();
    JourneyOperation.Builder<?> builder = JourneyOperation.builder(op, op.responseType()).body(typedBody);
    if (id != null) {
      builder.pathParameter(op.pathParameters().get(0), id);
    }
    return builder.build();
  }
}
