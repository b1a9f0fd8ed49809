package io.journeydsl.validation.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import io.journeydsl.validation.Severity;
import io.journeydsl.validation.ValidationReport;
import io.journeydsl.validation.Violation;
import io.journeydsl.validation.rules.BundleRule;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The validator behind {@code JourneyValidator}: dispatches on what it is given (a bundle, a wire
 * body, a typed query, an operation about to be sent), runs the phases and never throws.
 */
public final class Engine {
  private final boolean failFast;
  private final List<BundleRule> rules;
  private final Tuning tuning;

  /** A validator running these bundle rules, optionally stopping at the first object with an error. */
  public Engine(boolean failFast, List<BundleRule> rules) {
    this(failFast, rules, Tuning.NONE);
  }

  /** Like {@link #Engine(boolean, List)}, with codes ignored or given another severity. */
  public Engine(boolean failFast, List<BundleRule> rules, Tuning tuning) {
    this.failFast = failFast;
    this.rules = List.copyOf(rules);
    this.tuning = tuning;
  }

  /**
   * What the user changed about the rules: codes dropped from reports, codes reported with another
   * severity, and whether the remaining warnings count as errors. A code's own severity wins over
   * {@code warningsAsErrors}.
   *
   * @param ignored codes never reported
   * @param severities the severity each code is reported with instead of its own
   * @param warningsAsErrors whether a WARNING (after {@code severities}) is reported as an ERROR
   */
  public record Tuning(Set<String> ignored, Map<String, Severity> severities, boolean warningsAsErrors) {
    /** No change: every rule with its own severity. */
    public static final Tuning NONE = new Tuning(Set.of(), Map.of(), false);

    /** Copies the sets. */
    public Tuning {
      ignored = Set.copyOf(ignored);
      severities = Map.copyOf(severities);
    }

    /** The violation as reported under this tuning, or {@code null} when its code is ignored. */
    @Nullable
    Violation apply(Violation v) {
      if (ignored.contains(v.code())) {
        return null;
      }
      Severity severity = severities.get(v.code());
      if (severity == null) {
        severity = warningsAsErrors && v.severity() == Severity.WARNING ? Severity.ERROR : v.severity();
      }
      return severity == v.severity() ? v : new Violation(v.path(), v.code(), v.message(), severity, v.rejectedValue());
    }
  }

  /** Validates anything supported; an unsupported input or an internal failure is a violation. */
  public ValidationReport validate(@Nullable Object value) {
    Collector out = new Collector(failFast, tuning);
    try {
      dispatch(value, out);
    } catch (RuntimeException | StackOverflowError e) {
      out.add(Rule.VALIDATOR_FAILURE.at("", null, Map.of("problem", describe(e))));
    }
    return out.report();
  }

  private void dispatch(@Nullable Object value, Collector out) {
    if (value == null) {
      out.add(Rule.INPUT_UNSUPPORTED.at("", null, Map.of("type", "null")));
      return;
    }
    if (value instanceof JourneyConfig config) {
      bundle(config, out);
      return;
    }
    // Only now: the typed queries, their collections and operations are classes a bundle never needs.
    var query = QueryParameters.of(value);
    if (value instanceof JourneyOperation<?> operation) {
      operation(operation, out);
    } else if (query != null) {
      out.addAll(QueryRules.check(query.collection(), query.parameters()));
    } else if (value.getClass().getName().startsWith("io.journeydsl.")) {
      out.addAll(FieldValidation.validate(value));
    } else {
      out.add(Rule.INPUT_UNSUPPORTED.at("", null, Map.of("type", value.getClass().getName())));
    }
  }

  private void bundle(JourneyConfig config, Collector out) {
    objects(config.segments(), ApiCollection.SEGMENTS, "segments", out);
    objects(config.outcomes(), ApiCollection.OUTCOMES, "outcomes", out);
    objects(config.actionTemplates(), ApiCollection.ACTION_TEMPLATES, "actionTemplates", out);
    objects(config.actionMaps(), ApiCollection.ACTION_MAPS, "actionMaps", out);
    objects(config.aggregateQueries(), null, "aggregateQueries", out);
    for (BundleRule rule : rules) {
      if (out.stopped()) {
        return;
      }
      try {
        rule.check(config, out);
      } catch (RuntimeException e) {
        out.add(Rule.VALIDATOR_FAILURE.at("", null, Map.of("problem", rule.getClass().getSimpleName() + ": " + describe(e))));
      }
    }
  }

  /** The field rules of each object, under its bundle path ({@code named}: its collection, when objects have names). */
  private static void objects(List<?> objects, @Nullable ApiCollection named, String collection, Collector out) {
    for (int i = 0; i < objects.size() && !out.stopped(); i++) {
      Object object = objects.get(i);
      String prefix = BundlePaths.of(collection, named == null ? null : BundlePaths.nameOf(object, named), i);
      for (Violation v : FieldValidation.validate(object)) {
        out.add(v.under(prefix));
      }
    }
  }

  private static void operation(JourneyOperation<?> operation, Collector out) {
    Operation op = operation.operation();
    Object body = operation.body();
    if (body != null) {
      for (Violation v : FieldValidation.validate(body)) {
        if (!v.code().startsWith("deprecated.endpoint.")) {
          out.add(v.under("body"));
        }
      }
      for (Violation v : Placeholders.scan(body)) {
        out.add(v.under("body"));
      }
    } else if (op.httpMethod() == HttpMethod.POST || op.httpMethod() == HttpMethod.PATCH) {
      out.add(Rule.REQUEST_BODY_MISSING.at("body", null, Map.of("operation", op.seedMethod())));
    }
    ApiCollection collection = op.collection();
    if (collection != null) {
      out.addAll(QueryRules.check(collection, operation.queryParameters()));
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Collects violations; in fail-fast mode stops after the first object with an error. */
  private static final class Collector implements Consumer<Violation> {
    private final boolean failFast;
    private final Tuning tuning;
    private final List<Violation> violations = new ArrayList<>();
    private boolean error;

    Collector(boolean failFast, Tuning tuning) {
      this.failFast = failFast;
      this.tuning = tuning;
    }

    void add(Violation found) {
      Violation v = tuning.apply(found);
      if (v == null) {
        return;
      }
      violations.add(v);
      error |= v.severity() == Severity.ERROR;
    }

    void addAll(List<Violation> vs) {
      vs.forEach(this::add);
    }

    /** What the bundle rules report to. */
    @Override
    public void accept(Violation found) {
      add(found);
    }

    boolean stopped() {
      return failFast && error;
    }

    ValidationReport report() {
      ValidationReport report = ValidationReport.of(violations);
      if (failFast && report.hasErrors()) {
        return ValidationReport.of(List.of(report.errors().get(0)));
      }
      return report;
    }
  }
}
