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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validates a bundle of mixed objects (segments, outcomes, action templates and action maps with
 * references between them) at three sizes: field, cross-field and cross-object rules, one report.
 * The score is the time per bundle; divided by the size it is the cost per object, which must stay
 * flat from 1,000 to 100,000 objects (a rule that scans the bundle per object would not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ValidationBenchmark {
  /** Objects in the validated bundle. */
  @Param({"1000", "10000", "100000"})
  public int objects;

  private JourneyValidator validator;
  private JourneyConfig bundle;

  /** Builds the bundle and the validator, and checks that the bundle is what it claims to be. */
  @Setup
  public void setUp() {
    bundle = MixedBundles.of(objects);
    validator = JourneyValidator.create();
    ValidationReport report = validator.validate(bundle);
    if (MixedBundles.count(bundle) != objects || report.hasErrors()) {
      throw new IllegalStateException("unexpected bundle: " + MixedBundles.count(bundle) + " objects, " + report.summary());
    }
  }

  /** One validation of the whole bundle. */
  @Benchmark
  public ValidationReport validateBundle() {
    return validator.validate(bundle);
  }
}
