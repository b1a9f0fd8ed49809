package io.journeydsl.benchmarks.process;

import io.journeydsl.JourneyConfig;
import io.journeydsl.benchmarks.MixedBundles;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.ValidationReport;
import java.lang.ref.Reference;

/**
 * Heap retained after building and validating a bundle of 10,000 objects: used heap after full
 * collections, with the bundle, the validator and its report still reachable, minus the used heap
 * of the same JVM before. Prints one JSON line. Run in a fresh JVM with a serial collector, so the
 * collections are complete and the reading steady.
 */
public final class HeapAfterValidation {
  private static final int OBJECTS = 10_000;

  private HeapAfterValidation() {}

  public static void main(String[] args) {
    long before = usedAfterGc();
    JourneyConfig bundle = MixedBundles.of(OBJECTS);
    JourneyValidator validator = JourneyValidator.create();
    ValidationReport report = validator.validate(bundle);
    long after = usedAfterGc();
    if (report.hasErrors() || MixedBundles.count(bundle) != OBJECTS) {
      throw new IllegalStateException("unexpected bundle: " + report.summary());
    }
    System.out.printf("{\"objects\":%d,\"retainedBytes\":%d,\"reportFindings\":%d}%n",
        OBJECTS, after - before, report.violations().size());
    // The reading above counts these; keep them reachable until it is taken.
    Reference.reachabilityFence(bundle);
    Reference.reachabilityFence(validator);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
