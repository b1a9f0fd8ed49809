package io.journeydsl.benchmarks.process;

import io.journeydsl.JourneyConfig;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.ValidationReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The first validation in a new JVM, phase by phase: read a bundle file, create the validator, validate.
 * Run once per fresh process ({@code java -cp CLASSPATH ...FirstValidation bundle.json plain|prepared [LABEL]});
 * prints one JSON line with milliseconds per phase, their sum (the in-process time to the first
 * report) and the classes loaded by then, under {@code LABEL} (the mode when none is given; the
 * script labels runs with JVM options of their own, such as an AppCDS archive).
 *
 * <p>{@code plain} reads, creates and validates in that order, as a program unaware of start-up
 * would. {@code prepared} first calls {@link JourneyValidator#prepareInBackground()}, as
 * {@code journey validate} does, so that setting up the field rules and loading the model classes runs on another core while
 * the file is read; its time is counted in the phase that waits for it.
 */
public final class FirstValidation {
  private FirstValidation() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    String mode = args.length > 1 ? args[1] : "plain";
    if (mode.equals("prepared")) {
      JourneyValidator.prepareInBackground();
    } else if (!mode.equals("plain")) {
      throw new IllegalArgumentException("mode must be plain or prepared, was " + mode);
    }
    String label = args.length > 2 ? args[2] : mode;
    JourneyConfig bundle = JourneyConfig.read(Path.of(args[0]));
    long read = System.nanoTime();
    JourneyValidator validator = JourneyValidator.create();
    long created = System.nanoTime();
    ValidationReport report = validator.validate(bundle);
    long validated = System.nanoTime();
    if (report.hasErrors()) {
      throw new IllegalStateException("the bundle has errors: " + report.summary());
    }
    int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    System.out.printf("{\"mode\":\"%s\",\"readMs\":%.1f,\"createMs\":%.1f,\"validateMs\":%.1f,\"totalMs\":%.1f,\"classesLoaded\":%d}%n",
        label, ms(read - start), ms(created - read), ms(validated - created), ms(validated - start), classes);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
