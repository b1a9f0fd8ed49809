package io.journeydsl.validation;

import io.journeydsl.JourneyConfig;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.TransportDecorator;
import io.journeydsl.validation.internal.Engine;
import io.journeydsl.validation.internal.Preparation;
import io.journeydsl.validation.rules.BundleRule;
import io.journeydsl.validation.rules.BundleRules;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Validates journey configurations, wire bodies, list queries and operations, and reports every
 * problem at once in a sorted {@link ValidationReport}. Never throws, however broken the input:
 * anything it cannot validate is itself a violation. Thread-safe; cheap to create (the field rules
 * behind it are set up once per process).
 *
 * <pre>{@code
 * JourneyValidator.create().validate(config).throwIfErrors();
 * }</pre>
 */
public interface JourneyValidator {

  /** A validator that collects everything and runs the built-in bundle rules. */
  static JourneyValidator create() {
    return builder().build();
  }

  /**
   * Starts building, on a daemon thread, what the first validation in a process otherwise builds on
   * its way: the field rules of every model type and the classes they load. Call it at start-up, before reading bundle
   * files, so that the work overlaps with the reading on another core; the {@code journey} command
   * does. Optional: validation is the same with or without it. Only the first call in a process
   * starts anything; the others return at once.
   *
   * @return completes when the preparation is done (exceptionally if it failed; the same failure
   *     then shows in a validation's report)
   */
  static CompletableFuture<Void> prepareInBackground() {
    return Preparation.startOnce();
  }

  /** A builder for a validator with options. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a bundle: the field and cross-field rules of every object, with paths in bundle
   * identity ({@code actionMaps[Offer the sale].weight}), then the cross-object rules.
   *
   * @param config the bundle
   * @return the report; never {@code null}
   */
  ValidationReport validate(JourneyConfig config);

  /**
   * Validates any supported value: a {@link JourneyConfig}; a wire body or model object
   * ({@code JourneySegment}, {@code PatchSegment}, {@code Outcome}, {@code ActionTemplate},
   * {@code ActionMap}, {@code PatchActionMap}, {@code JourneyAggregationQuery}, ...; paths relative to
   * it); a client query ({@code SegmentQuery}, {@code OutcomeQuery}, {@code ActionMapQuery},
   * {@code ActionTemplateQuery}, {@code ActionTargetQuery}; paths are parameter names); or a
   * {@link JourneyOperation} about to be sent (body under {@code body}, then its query parameters).
   * Anything else, {@code null} included, is reported as {@code input.unsupported}.
   *
   * @param value what to validate
   * @return the report; never {@code null}
   */
  ValidationReport validate(@Nullable Object value);

  /**
   * A transport decorator that validates every operation before it is sent: an operation with an
   * ERROR fails with a {@link JourneyValidationException} carrying the report, and no request is
   * made; warnings do not stop it.
   */
  default TransportDecorator beforeSend() {
    return ValidateBeforeSend.using(this);
  }

  /** Builds {@link JourneyValidator}s. */
  final class Builder {
    private boolean failFast;
    private final List<BundleRule> rules = new ArrayList<>(BundleRules.defaults());
    private final Set<String> ignored = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private boolean warningsAsErrors;

    Builder() {}

    /**
     * Stops at the first object (or bundle rule) with an error and reports only that one error,
     * the first in report order. Off by default: everything is collected.
     */
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /**
     * Never reports the rule {@code code} (a constant of {@link RuleCodes}, or the code of a rule of
     * your own). An ignored ERROR no longer fails validation.
     */
    public Builder ignore(String code) {
      ignored.add(requireCode(code));
      return this;
    }

    /**
     * Reports the rule {@code code} with {@code severity} instead of its own, e.g.
     * {@code severity(RuleCodes.SEGMENT_CONDITIONS_NONE, Severity.ERROR)}. Wins over
     * {@link #warningsAsErrors(boolean)}; {@link #ignore(String)} wins over it.
     */
    public Builder severity(String code, Severity severity) {
      severities.put(requireCode(code), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Reports every WARNING as an ERROR (except codes given their own {@link #severity}). Off by default. */
    public Builder warningsAsErrors(boolean warningsAsErrors) {
      this.warningsAsErrors = warningsAsErrors;
      return this;
    }

    /**
     * The severity of an enumerated value the API does not know ({@link RuleCodes#FIELD_ENUM_UNKNOWN}):
     * ERROR by default, since the API refuses such a value. {@code Severity.WARNING} is the switch for
     * values newer than this library (the same as {@code severity(FIELD_ENUM_UNKNOWN, WARNING)}).
     */
    public Builder unknownValues(Severity severity) {
      return severity(RuleCodes.FIELD_ENUM_UNKNOWN, severity);
    }

    private static String requireCode(String code) {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("a rule code must not be blank");
      }
      return code;
    }

    /** Adds a cross-object rule of your own, run after the built-in ones. */
    public Builder addRule(BundleRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** The validator. */
    public JourneyValidator build() {
      Engine.Tuning tuning = new Engine.Tuning(ignored, severities, warningsAsErrors);
      Engine engine = new Engine(failFast, rules, tuning);
      return new JourneyValidator() {
        @Override
        public ValidationReport validate(JourneyConfig config) {
          return engine.validate(config);
        }

        @Override
        public ValidationReport validate(@Nullable Object value) {
          return engine.validate(value);
        }

        @Override
        public String toString() {
          return "JourneyValidator[failFast=" + failFast + ", rules=" + rules.size() + ", ignored=" + tuning.ignored()
              + ", severities=" + tuning.severities() + ", warningsAsErrors=" + tuning.warningsAsErrors() + "]";
        }
      };
    }
  }
}
