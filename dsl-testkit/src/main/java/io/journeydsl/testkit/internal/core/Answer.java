package io.journeydsl.testkit.internal.core;

import io.journeydsl.error.ErrorBody;
import io.journeydsl.testkit.Fault;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Map;

/**
 * The fake's answer to one call, before a front door renders it.
 *
 * @param status the HTTP status; 0 when the connection is to be dropped
 * @param body the success body, or null
 * @param error the error body (status 4xx/5xx), or null
 * @param headers response headers, spelled exactly
 * @param correlationId the ININ-Correlation-Id
 * @param transportEffect DROP_CONNECTION or STALL, or null for a normal answer
 * @param stall how long to hold the connection for STALL
 */
public record Answer(int status, @Nullable FrozenJson body, @Nullable ErrorBody error, Map<String, String> headers,
    String correlationId, @Nullable Fault.Effect transportEffect, Duration stall) {

  /** Whether this is an error answer. */
  public boolean isError() {
    return error != null;
  }
}
