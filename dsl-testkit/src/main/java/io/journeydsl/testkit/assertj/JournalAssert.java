package io.journeydsl.testkit.assertj;

import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.Journal;
import io.journeydsl.testkit.RecordedCall;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on a fake's {@link Journal}: call counts per operation, calls matching or not
 * matching a condition, and that no recorded call carries a secret. Failure messages list calls by
 * their {@link RecordedCall#toString()} (method, path, status, never headers or body). Obtain it from
 * {@link JourneyAssertions#assertThat(Journal)}.
 */
public final class JournalAssert extends AbstractAssert<JournalAssert, Journal> {

  JournalAssert(Journal actual) {
    super(actual, JournalAssert.class);
  }

  /** Verifies exactly {@code expected} calls were recorded in all. */
  public JournalAssert hasSize(int expected) {
    List<RecordedCall> calls = calls();
    if (calls.size() != expected) {
      failWithMessage("Expecting %d recorded calls but there were %d:%s", expected, calls.size(), list(calls));
    }
    return myself;
  }

  /** Verifies exactly {@code expected} calls of {@code operation} were recorded. */
  public JournalAssert hasCalls(Operation operation, int expected) {
    Objects.requireNonNull(operation, "operation");
    List<RecordedCall> calls = calls();
    long count = calls.stream().filter(c -> c.operation() == operation).count();
    if (count != expected) {
      failWithMessage("Expecting %d calls of %s but there were %d; all calls:%s", expected, operation, count, list(calls));
    }
    return myself;
  }

  /** Verifies no call of {@code operation} was recorded. */
  public JournalAssert hasNoCalls(Operation operation) {
    return hasCalls(operation, 0);
  }

  /** The recorded calls of {@code operation}, as a list assertion for free-form checks. */
  public ListAssert<RecordedCall> calls(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    isNotNull();
    return Assertions.assertThat(actual.calls(operation)).as("calls of %s", operation);
  }

  /**
   * Verifies at least one recorded call satisfies {@code condition}.
   *
   * @param description what the condition means, for the failure message
   * @param condition the condition
   * @return this assertion
   */
  public JournalAssert hasCallWith(String description, Predicate<? super RecordedCall> condition) {
    Objects.requireNonNull(condition, "condition");
    List<RecordedCall> calls = calls();
    if (calls.stream().noneMatch(condition)) {
      failWithMessage("Expecting a recorded call with %s but none of these has it:%s", description, list(calls));
    }
    return myself;
  }

  /**
   * Verifies no recorded call satisfies {@code condition}.
   *
   * @param description what the condition means, for the failure message
   * @param condition the condition
   * @return this assertion
   */
  public JournalAssert hasNoCallWith(String description, Predicate<? super RecordedCall> condition) {
    Objects.requireNonNull(condition, "condition");
    List<RecordedCall> matching = calls().stream().filter(condition).collect(Collectors.toList());
    if (!matching.isEmpty()) {
      failWithMessage("Expecting no recorded call with %s but found:%s", description, list(matching));
    }
    return myself;
  }

  /** Verifies no recorded call was answered with {@code status}. */
  public JournalAssert hasNoCallWithStatus(int status) {
    return hasNoCallWith("status " + status, c -> c.status() == status);
  }

  /** Verifies every recorded call succeeded: a 2xx status and no injected fault. */
  public JournalAssert hasOnlySuccessfulCalls() {
    return hasNoCallWith("a status outside 2xx or an injected fault",
        c -> c.status() < 200 || c.status() > 299 || c.faulted());
  }

  /**
   * Verifies no recorded call contains {@code secret} in its path, query (also percent-decoded),
   * header names or values, or body. The failure message names the calls and places, never the
   * secret.
   *
   * @param secret a token, password or client secret; not blank
   * @return this assertion
   */
  public JournalAssert noneLeak(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    StringBuilder leaks = new StringBuilder();
    for (RecordedCall call : calls()) {
      List<String> places = SecretScan.places(call, secret);
      if (!places.isEmpty()) {
        leaks.append(System.lineSeparator()).append("  call #").append(call.sequence()).append(' ')
            .append(call.method()).append(call.operation() == null ? "" : " " + call.operation())
            .append(" in ").append(String.join(", ", places));
      }
    }
    if (leaks.length() > 0) {
      failWithMessage("Expecting no recorded call to contain the secret (%d characters) but it appears in:%s",
          secret.length(), leaks.toString());
    }
    return myself;
  }

  private List<RecordedCall> calls() {
    isNotNull();
    return actual.calls();
  }

  private static String list(List<RecordedCall> calls) {
    if (calls.isEmpty()) {
      return " (none)";
    }
    return calls.stream().map(c -> System.lineSeparator() + "  " + c).collect(Collectors.joining());
  }
}
