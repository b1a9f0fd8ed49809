package io.journeydsl.testkit;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One call the fake answered, as recorded in its {@link Journal}. Immutable. Header values of
 * {@code Authorization} (and of {@code Cookie}) are replaced by {@code [REDACTED]} when the call is
 * recorded, so no credential is ever stored; bodies of the OAuth token endpoint are not recorded.
 *
 * @param sequence 1-based position in the journal
 * @param timestamp when the call arrived (the fake's clock)
 * @param frontDoor how the call arrived
 * @param operation the decoded operation; {@code null} for a request that matched no operation
 *     (unknown path, OAuth token request)
 * @param method the HTTP method
 * @param path the request path, percent-encoded as sent
 * @param query the query string without {@code ?}, empty when none
 * @param headers the request headers, redacted; empty for in-memory calls
 * @param body the request body as JSON text, or {@code null}
 * @param status the status answered; {@code 0} when the connection was dropped
 * @param fault the description of the injected fault that fired, or {@code null}
 * @param correlationId the {@code ININ-Correlation-Id} of the answer
 */
public record RecordedCall(long sequence, Instant timestamp, FrontDoor frontDoor,
    @Nullable Operation operation, String method, String path, String query,
    Map<String, List<String>> headers, @Nullable String body, int status, @Nullable String fault,
    String correlationId) {

  /** The redaction marker that replaces credential header values. */
  public static final String REDACTED = "[REDACTED]";

  /** Copies the headers into an unmodifiable, case-insensitive map. */
  public RecordedCall {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** The operation, when the request matched one. */
  public Optional<Operation> operationIfKnown() {
    return Optional.ofNullable(operation);
  }

  /** The first value of a header (case-insensitive name), if the request had it. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Whether a fault fired for this call. */
  public boolean faulted() {
    return fault != null;
  }

  /** Method, path with query, status and fault; never headers or body. */
  @Override
  public String toString() {
    return "#" + sequence + " " + method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> "
        + status + (operation == null ? "" : " (" + operation + ")")
        + (fault == null ? "" : " [fault: " + fault + "]");
  }
}
