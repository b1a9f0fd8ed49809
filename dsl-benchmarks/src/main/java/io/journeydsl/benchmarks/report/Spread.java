package io.journeydsl.benchmarks.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Locale;

/**
 * The median, least and greatest of a few whole-process timings. The median, not the mean: on a
 * shared machine one stalled process would pull a mean far from what a user usually sees.
 */
record Spread(int runs, double median, double min, double max) {

  static Spread of(Collection<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Spread(0, Double.NaN, Double.NaN, Double.NaN);
    }
    int mid = sorted.length / 2;
    double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return new Spread(sorted.length, median, sorted[0], sorted[sorted.length - 1]);
  }

  /** Milliseconds as a table cell: {@code median (min–max)}, or the one value of a single run. */
  String cell() {
    return runs == 1
        ? String.format(Locale.ROOT, "%,.0f", median)
        : String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", median, min, max);
  }

  /** The same numbers as JSON fields {@code runs, median, min, max}. */
  void putInto(ObjectNode node) {
    node.put("runs", runs).put("median", median).put("min", min).put("max", max);
  }
}
