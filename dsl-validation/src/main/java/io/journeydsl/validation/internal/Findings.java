package io.journeydsl.validation.internal;

import io.journeydsl.validation.Violation;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What the cross-field and required-field checks of one object found, each at a path relative to
 * the object ({@code action.actionTemplate.id}, or empty for the object itself) with its own rule.
 */
final class Findings {
  /** One finding: the rule, where relative to the checked object, the rejected value, the message parameters. */
  record Finding(Rule rule, String path, @Nullable Object rejected, Map<String, ?> args) {}

  private final List<Finding> found = new ArrayList<>(2);

  /** Runs {@code checks} on {@code value} and returns what they found. */
  static Findings of(Object value, BiConsumer<Object, Findings> checks) {
    Findings findings = new Findings();
    checks.accept(value, findings);
    return findings;
  }

  /** Reports {@code rule} at {@code path} (empty for the object itself). */
  void add(Rule rule, String path, @Nullable Object rejected) {
    add(rule, path, rejected, Map.of());
  }

  /** Reports {@code rule} at {@code path} with message parameters. */
  void add(Rule rule, String path, @Nullable Object rejected, Map<String, ?> args) {
    found.add(new Finding(rule, path, rejected, args));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The findings in the order they were made. */
  List<Finding> list() {
    return found;
  }

  /** Adds the findings as violations of the object found at {@code path}. */
  void addTo(String path, List<Violation> out) {
    for (Finding f : found) {
      out.add(f.rule().at(Paths.join(path, f.path()), f.rejected(), f.args()));
    }
  }
}
