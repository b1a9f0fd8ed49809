package io.journeydsl.testkit.internal.core;

import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FrontDoor;
import io.journeydsl.testkit.RecordedCall;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A call as seen at a front door before it is answered; becomes a {@link RecordedCall} with the
 * answer's status. Credential headers are redacted here, when the draft is made.
 *
 * @param timestamp arrival time
 * @param frontDoor the front door
 * @param operation the decoded operation, or null
 * @param method the HTTP method
 * @param path the path
 * @param query the query string
 * @param headers the redacted headers
 * @param body the body text, or null
 */
public record RecordedCallDraft(Instant timestamp, FrontDoor frontDoor, @Nullable Operation operation,
    String method, String path, String query, Map<String, List<String>> headers, @Nullable String body) {
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

  /** Redacts the credential headers. */
  public RecordedCallDraft {
    Map<String, List<String>> redacted = new LinkedHashMap<>();
    headers.forEach((name, values) -> redacted.put(name,
        SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? List.of(RecordedCall.REDACTED) : List.copyOf(values)));
    headers = Map.copyOf(redacted);
  }

  /** The same draft for a decoded operation. */
  public RecordedCallDraft withOperation(@Nullable Operation decoded) {
    // Both doors draft with the operation they dispatch, so this is nearly always the draft itself;
    // a new one would copy and redact every header again on each call.
    return decoded == operation ? this : new RecordedCallDraft(timestamp, frontDoor, decoded, method, path, query, headers, body);
  }

  /** The journal entry with its answer. */
  RecordedCall toCall(long sequence, int status, @Nullable String fault, String correlationId) {
    return new RecordedCall(sequence, timestamp, frontDoor, operation, method, path, query, headers, body,
        status, fault, correlationId);
  }
}
