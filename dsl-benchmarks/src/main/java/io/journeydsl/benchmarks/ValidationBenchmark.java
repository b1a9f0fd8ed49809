package io.journeydsl.benchmarks;

import io.journeydsl.JourneyConfig;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validates a bundle of {@value #OBJECTS} mixed objects (segments, outcomes, action templates and
 * action maps with references between them): field, cross-field and cross-object rules, one report.
 * Each invocation counts as {@value #OBJECTS} operations, so the score is objects per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ValidationBenchmark {
  /** Objects in the validated bundle. */
  public static final int OBJECTS = 10_000;

  private JourneyValidator validator;
  private JourneyConfig bundle;

  /** Builds the bundle and the validator, and checks that the bundle is what it claims to be. */
  @Setup
  public void setUp() {
    bundle = MixedBundles.of(OBJECTS);
    validator = JourneyValidator.create();
    ValidationReport report = validator.validate(bundle);
    if (MixedBundles.count(bundle) != OBJECTS || report.hasErrors()) {
      throw new IllegalStateException("unexpected bundle: " + MixedBundles.count(bundle) + " objects, " + report.summary());
    }
  }

  /** One validation of the whole bundle. */
  @Benchmark
  @OperationsPerInvocation(OBJECTS)
  public ValidationReport validateBundle() {
    return validator.validate(bundle);
  }
}
